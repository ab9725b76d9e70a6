-- Watching a poll (issue 9, item 2) uses the table poll_watch of V1 as it is. Its mails, like any mail that must
-- not hold up or fail the request that causes it, go through this outbox: written in the request's transaction,
-- sent after it commits, retried with growing pauses while the mail server fails, and deleted once sent or given
-- up (org.bitpoll.platform.mail). Valid on H2 2.x and PostgreSQL alike.
CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_outbox (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    kind                VARCHAR(40)   NOT NULL,
    recipient           VARCHAR(254)  NOT NULL,
    subject             VARCHAR(500)  NOT NULL,
    body                VARCHAR(20000) NOT NULL,
    queued_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts            INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The delivery reads the mails that are due.
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at);
