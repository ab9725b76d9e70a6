/**
 * The mail outbox: mails that must neither hold up nor fail the request that causes them (a vote's mails to the
 * poll's watchers). {@link org.bitpoll.platform.mail.MailOutbox} renders a mail in its recipient's language and
 * stores it in the request's transaction (table {@code mail_outbox}); once that transaction has committed,
 * {@link org.bitpoll.platform.mail.OutboxDelivery} sends it on another thread. A mail the mail server does not take
 * is tried again by the persistent timer {@link org.bitpoll.platform.mail.OutboxTimer} (schedule
 * {@code bitpoll.mail-retry-schedule}) after the pauses of {@link org.bitpoll.platform.mail.RetrySchedule}, and
 * given up after two days. Knows no feature: a feature passes the kind of its mail and the arguments of its texts.
 */
package org.bitpoll.platform.mail;
