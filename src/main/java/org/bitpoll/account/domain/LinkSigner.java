package org.bitpoll.account.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bitpoll.platform.error.RuleViolation;

/**
 * Signs and reads the tokens of mailed links: {@code <content>.<signature>}, both Base64url without padding, safe
 * in a URL path. The content holds a format version, the {@link LinkPurpose}, the time it was made (seconds), a
 * random id of 128 bits and the values it carries; the signature is HMAC-SHA256 over the content with the
 * server's key (at least 256 bits). A link works for {@link #VALIDITY} after it was made. Reading checks, in this
 * order: the shape, the signature (in constant time, on the canonical text of the token), the purpose, the time; a broken one is
 * {@link AccountRule#LINK_INVALID}, an old one {@link AccountRule#LINK_EXPIRED}. That a link works only once is
 * the caller's part (the id).
 */
public final class LinkSigner {

    public static final Duration VALIDITY = Duration.ofHours(24);
    /** A link made a little "in the future" is a clock difference between servers, not a forgery. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final String ALGORITHM = "HmacSHA256";
    private static final int VERSION = 1;
    private static final int MIN_KEY_BYTES = 32;
    /** Longer than any link this application makes (a registration with 150-character names is about 1 KB). */
    static final int MAX_TOKEN_LENGTH = 2000;

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,2000}\\.[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    public LinkSigner(byte[] key, Clock clock) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a signing key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.clock = clock;
    }

    /** Whether a text has the shape of a token (before anything is checked): the route table asks this. */
    public static boolean looksLikeToken(String text) {
        return text != null
                && text.length() <= MAX_TOKEN_LENGTH
                && SHAPE.matcher(text).matches();
    }

    /** A new token for this purpose, carrying these values, made now. */
    public String sign(LinkPurpose purpose, List<String> claims) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(purpose.name());
            out.writeLong(clock.instant().getEpochSecond());
            out.write(id);
            out.writeShort(claims.size());
            for (String claim : claims) {
                out.writeUTF(claim);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] content = bytes.toByteArray();
        return ENCODER.encodeToString(content) + "." + ENCODER.encodeToString(mac(content));
    }

    /** The content of a token made by this key for this purpose and not yet expired. */
    public SignedLink read(String token, LinkPurpose purpose) {
        if (!looksLikeToken(token)) {
            throw new RuleViolation(AccountRule.LINK_INVALID);
        }
        int dot = token.indexOf('.');
        String encodedContent = token.substring(0, dot);
        byte[] content;
        try {
            content = DECODER.decode(encodedContent);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(AccountRule.LINK_INVALID);
        }
        // compared as text, so that only the one canonical spelling of a token works (Base64 leaves the last
        // character's low bits free: a decoder would read "…A" and "…B" as the same bytes)
        byte[] expected = (ENCODER.encodeToString(content) + "." + ENCODER.encodeToString(mac(content)))
                .getBytes(StandardCharsets.US_ASCII);
        if (!encodedContent.equals(ENCODER.encodeToString(content))
                || !MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII))) {
            throw new RuleViolation(AccountRule.LINK_INVALID);
        }
        SignedLink link = parse(content);
        Instant now = clock.instant();
        if (link.purpose() != purpose || link.issued().isAfter(now.plus(CLOCK_SKEW))) {
            throw new RuleViolation(AccountRule.LINK_INVALID);
        }
        if (!now.isBefore(link.expires())) {
            throw new RuleViolation(AccountRule.LINK_EXPIRED);
        }
        return link;
    }

    /** Signed content is ours, so it parses; a failure would be a key shared with another format. */
    private static SignedLink parse(byte[] content) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(content))) {
            if (in.readByte() != VERSION) {
                throw new RuleViolation(AccountRule.LINK_INVALID);
            }
            LinkPurpose purpose = LinkPurpose.valueOf(in.readUTF());
            Instant issued = Instant.ofEpochSecond(in.readLong());
            byte[] id = in.readNBytes(16);
            int count = in.readUnsignedShort();
            List<String> claims = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                claims.add(in.readUTF());
            }
            if (id.length != 16 || in.read() != -1) {
                throw new RuleViolation(AccountRule.LINK_INVALID);
            }
            return new SignedLink(purpose, issued, ENCODER.encodeToString(id), claims);
        } catch (IOException | IllegalArgumentException e) {
            throw new RuleViolation(AccountRule.LINK_INVALID);
        }
    }

    private byte[] mac(byte[] content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
