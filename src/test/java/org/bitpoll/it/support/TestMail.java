package org.bitpoll.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests' SMTP server: GreenMail on loopback at the port the test WildFly mails to ({@code it.smtp.port} in
 * pom.xml), with the login test-services.sh made for the run ({@code smtp.properties}, which the server reads
 * too). A test class registers {@link #server()} as an extension; the server runs for each test afresh, so the
 * mails a test reads are its own.
 */
public final class TestMail {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[A-Za-z0-9/_.-]+)");

    private TestMail() {}

    public static GreenMailExtension server() {
        Properties login = new Properties();
        try (var in = Files.newInputStream(TestServer.services().resolve("smtp.properties"))) {
            login.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("test-services.sh writes the SMTP login", e);
        }
        return new GreenMailExtension(
                        new ServerSetup(Integer.getInteger("bitpoll.smtpPort", 3125), "127.0.0.1", "smtp"))
                .withConfiguration(GreenMailConfiguration.aConfig()
                        .withUser(login.getProperty("bitpoll.smtp.user"), login.getProperty("bitpoll.smtp.password")));
    }

    /** A mail as a test reads it. */
    public record Mail(List<String> to, String from, String subject, String body) {

        /** The path of the first link in the body that starts with this prefix, such as {@code /register/}. */
        public String linkPath(String prefix) {
            Matcher link = LINK.matcher(body);
            while (link.find()) {
                if (link.group(1).startsWith(prefix)) {
                    return link.group(1);
                }
            }
            throw new AssertionError("no link to " + prefix + " in:\n" + body);
        }
    }

    /** Waits until the server has received {@code count} mails in all, and returns them in order. */
    public static List<Mail> await(GreenMailExtension server, int count) {
        assertThat(server.waitForIncomingEmail(30_000, count))
                .as("%d mail(s) arrive", count)
                .isTrue();
        return Arrays.stream(server.getReceivedMessages()).map(TestMail::read).toList();
    }

    /** The one mail a test expects, to this address. */
    public static Mail awaitOne(GreenMailExtension server, String to) {
        List<Mail> mails = await(server, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).to()).containsExactly(to);
        return mails.get(0);
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(
                    Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .map(Object::toString)
                            .toList(),
                    message.getFrom()[0].toString(),
                    message.getSubject(),
                    message.getContent().toString());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
