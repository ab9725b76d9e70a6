-- Bitpoll's whole data model (bitpoll-reference.md §1, with the product's decisions), portable to H2 2.x and
-- PostgreSQL: BIGINT keys from sequences (allocation blocks of 50, as the entities declare), VARCHAR texts,
-- instants as TIMESTAMP WITH TIME ZONE. Sequences start at their increment: EclipseLink reads each value as
-- the last id of a block of 50.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE user_group_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE group_invitation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE poll_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE choice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE choice_value_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE vote_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE vote_choice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE poll_comment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE poll_watch_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE invitation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE dav_calendar_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE rate_limit_seq START WITH 50 INCREMENT BY 50;

-- People who log in: local accounts (password_hash set) and directory accounts (password_hash NULL).
CREATE TABLE account (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    username            VARCHAR(150) NOT NULL,
    password_hash       VARCHAR(128),
    first_name          VARCHAR(150) NOT NULL DEFAULT '',
    last_name           VARCHAR(150) NOT NULL DEFAULT '',
    email               VARCHAR(254) NOT NULL DEFAULT '',
    display_name        VARCHAR(100) NOT NULL DEFAULT '',
    site_admin          BOOLEAN      NOT NULL DEFAULT FALSE,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    language            VARCHAR(10)  NOT NULL DEFAULT 'en',
    timezone_name       VARCHAR(40)  NOT NULL DEFAULT 'Europe/Berlin',
    email_invitation    BOOLEAN      NOT NULL DEFAULT TRUE,
    auto_watch          BOOLEAN      NOT NULL DEFAULT FALSE,
    date_joined         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_username_unique UNIQUE (username)
);

-- Groups of accounts that can own polls together.
CREATE TABLE user_group (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    name                VARCHAR(150) NOT NULL,
    public_members      BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT user_group_name_unique UNIQUE (name)
);

CREATE TABLE group_member (
    group_id            BIGINT NOT NULL REFERENCES user_group (id) ON DELETE CASCADE,
    account_id          BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, account_id)
);

CREATE TABLE group_admin (
    group_id            BIGINT NOT NULL REFERENCES user_group (id) ON DELETE CASCADE,
    account_id          BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, account_id)
);

CREATE TABLE group_invitation (
    id                  BIGINT NOT NULL PRIMARY KEY,
    group_id            BIGINT NOT NULL REFERENCES user_group (id) ON DELETE CASCADE,
    invitee_id          BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    invited_by_id       BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    date_invited        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT group_invitation_unique UNIQUE (group_id, invitee_id)
);

-- A poll. management_key_hash: SHA-256 of the secret management link of a poll created without login.
CREATE TABLE poll (
    id                                  BIGINT       NOT NULL PRIMARY KEY,
    title                               VARCHAR(80)  NOT NULL,
    description                         VARCHAR(20000) NOT NULL DEFAULT '',
    url                                 VARCHAR(80)  NOT NULL,
    poll_type                           VARCHAR(20)  NOT NULL,
    created                             TIMESTAMP WITH TIME ZONE NOT NULL,
    owner_id                            BIGINT REFERENCES account (id) ON DELETE SET NULL,
    group_id                            BIGINT REFERENCES user_group (id) ON DELETE SET NULL,
    management_key_hash                 VARCHAR(64),
    due_date                            TIMESTAMP WITH TIME ZONE,
    closed                              BOOLEAN      NOT NULL DEFAULT FALSE,
    anonymous_allowed                   BOOLEAN      NOT NULL DEFAULT TRUE,
    public_listening                    BOOLEAN      NOT NULL DEFAULT FALSE,
    require_login                       BOOLEAN      NOT NULL DEFAULT FALSE,
    require_invitation                  BOOLEAN      NOT NULL DEFAULT FALSE,
    show_results                        VARCHAR(20)  NOT NULL DEFAULT 'complete',
    one_vote_per_user                   BOOLEAN      NOT NULL DEFAULT TRUE,
    allow_unauthenticated_vote_changes  BOOLEAN      NOT NULL DEFAULT FALSE,
    allow_comments                      BOOLEAN      NOT NULL DEFAULT TRUE,
    show_invitations                    BOOLEAN      NOT NULL DEFAULT TRUE,
    timezone_name                       VARCHAR(40)  NOT NULL DEFAULT 'Europe/Berlin',
    use_user_timezone                   BOOLEAN      NOT NULL DEFAULT FALSE,
    vote_all                            BOOLEAN      NOT NULL DEFAULT FALSE,
    sorting                             INTEGER      NOT NULL DEFAULT 0,
    hide_participants                   BOOLEAN      NOT NULL DEFAULT FALSE,
    show_score_in_summary               BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT poll_url_unique UNIQUE (url),
    CONSTRAINT poll_management_key_unique UNIQUE (management_key_hash)
);
CREATE INDEX poll_public_idx ON poll (public_listening);
CREATE INDEX poll_owner_idx ON poll (owner_id);

-- An option (column) of a poll: text for universal polls, choice_date for date and date-time polls.
CREATE TABLE choice (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    poll_id             BIGINT      NOT NULL REFERENCES poll (id) ON DELETE CASCADE,
    text                VARCHAR(80) NOT NULL DEFAULT '',
    choice_date         TIMESTAMP WITH TIME ZONE,
    sort_key            INTEGER     NOT NULL,
    deleted             BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX choice_poll_idx ON choice (poll_id, sort_key);

-- An answer a voter can give (yes, no, maybe, rather not, ...). color: six hex digits without '#'.
CREATE TABLE choice_value (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    poll_id             BIGINT       NOT NULL REFERENCES poll (id) ON DELETE CASCADE,
    title               VARCHAR(80)  NOT NULL,
    icon                VARCHAR(64)  NOT NULL,
    color               VARCHAR(6)   NOT NULL,
    weight              NUMERIC(5,2) NOT NULL DEFAULT 0,
    deleted             BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX choice_value_poll_idx ON choice_value (poll_id);

-- A participant's row. account_id stays set for anonymous votes of logged-in users (one vote per user holds);
-- edit_key_hash: SHA-256 of the secret edit link of a guest vote.
CREATE TABLE vote (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    poll_id             BIGINT       NOT NULL REFERENCES poll (id) ON DELETE CASCADE,
    account_id          BIGINT REFERENCES account (id) ON DELETE CASCADE,
    assigned_by_id      BIGINT REFERENCES account (id) ON DELETE SET NULL,
    name                VARCHAR(80)  NOT NULL,
    anonymous           BOOLEAN      NOT NULL DEFAULT FALSE,
    comment             VARCHAR(20000) NOT NULL DEFAULT '',
    edit_key_hash       VARCHAR(64),
    date_created        TIMESTAMP WITH TIME ZONE NOT NULL,
    date_modified       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT vote_edit_key_unique UNIQUE (edit_key_hash)
);
CREATE INDEX vote_poll_idx ON vote (poll_id, date_created);
CREATE INDEX vote_account_idx ON vote (account_id);

-- A cell of the vote grid; an unanswered cell has no row.
CREATE TABLE vote_choice (
    id                  BIGINT NOT NULL PRIMARY KEY,
    vote_id             BIGINT NOT NULL REFERENCES vote (id) ON DELETE CASCADE,
    choice_id           BIGINT NOT NULL REFERENCES choice (id) ON DELETE CASCADE,
    value_id            BIGINT REFERENCES choice_value (id) ON DELETE CASCADE,
    comment             VARCHAR(20000) NOT NULL DEFAULT '',
    CONSTRAINT vote_choice_unique UNIQUE (vote_id, choice_id)
);
CREATE INDEX vote_choice_choice_idx ON vote_choice (choice_id);

CREATE TABLE poll_comment (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    poll_id             BIGINT       NOT NULL REFERENCES poll (id) ON DELETE CASCADE,
    account_id          BIGINT REFERENCES account (id) ON DELETE CASCADE,
    name                VARCHAR(80)  NOT NULL,
    text                VARCHAR(20000) NOT NULL,
    date_created        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX poll_comment_poll_idx ON poll_comment (poll_id, date_created);

CREATE TABLE poll_watch (
    id                  BIGINT NOT NULL PRIMARY KEY,
    poll_id             BIGINT NOT NULL REFERENCES poll (id) ON DELETE CASCADE,
    account_id          BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT poll_watch_unique UNIQUE (poll_id, account_id)
);

-- An invitation to vote; vote_id is set once the invitee has voted.
CREATE TABLE invitation (
    id                  BIGINT NOT NULL PRIMARY KEY,
    poll_id             BIGINT NOT NULL REFERENCES poll (id) ON DELETE CASCADE,
    account_id          BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    creator_id          BIGINT REFERENCES account (id) ON DELETE SET NULL,
    vote_id             BIGINT REFERENCES vote (id) ON DELETE SET NULL,
    date_created        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_email          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT invitation_unique UNIQUE (account_id, poll_id)
);
CREATE INDEX invitation_poll_idx ON invitation (poll_id);

-- A CalDAV or ICS calendar of an account; the URL (with any credentials) is stored encrypted.
CREATE TABLE dav_calendar (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    account_id          BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name                VARCHAR(80)   NOT NULL,
    encrypted_url       VARCHAR(4000) NOT NULL
);
CREATE INDEX dav_calendar_account_idx ON dav_calendar (account_id);

-- Token buckets of the rate limits, per client and per poll.
CREATE TABLE rate_limit (
    id                  BIGINT           NOT NULL PRIMARY KEY,
    bucket              VARCHAR(200)     NOT NULL,
    tokens              DOUBLE PRECISION NOT NULL,
    last_updated        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rate_limit_bucket_unique UNIQUE (bucket)
);
