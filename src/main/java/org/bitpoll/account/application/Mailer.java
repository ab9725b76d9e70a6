package org.bitpoll.account.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.logging.Logger;
import org.bitpoll.account.domain.AccountRule;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.mail.MailBundle;

/**
 * Sends Bitpoll's mails through the server's mail session {@code java:jboss/mail/Bitpoll} (SMTP server, login,
 * TLS and sender address are server configuration: {@code wildfly-config/configure-server.cli}). A mail is plain
 * UTF-8 text from the {@code mail.*} keys of the text bundle in the recipient's language; its first argument is
 * always the site name. A mail the server refuses or cannot deliver to the SMTP server is
 * {@link AccountRule#MAIL_FAILED}; the log names the reason but not the recipient.
 */
@Stateless
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Bitpoll")
    private Session session;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /** A mail {@code mail.<kind>.subject} / {@code mail.<kind>.body} with these arguments after the site name. */
    public void send(String to, Locale language, String kind, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = settings.getSiteName();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(MailBundle.get(language, "mail." + kind + ".subject", all), "UTF-8");
            message.setText(MailBundle.get(language, "mail." + kind + ".body", all), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
        } catch (SendFailedException refused) {
            // its message lists the refused addresses: not for the log
            LOG.warning(() -> "A " + kind + " mail was refused by the mail server for its sender or recipient");
            throw new RuleViolation(AccountRule.MAIL_FAILED);
        } catch (MessagingException e) {
            LOG.warning(() -> "A " + kind + " mail could not be sent: " + e);
            throw new RuleViolation(AccountRule.MAIL_FAILED);
        }
    }
}
