-- Registration and mail links (issue 7, items 5 and 6), for H2 2.x and PostgreSQL alike.

-- The keys that sign the links Bitpoll mails (registration, password reset, change of e-mail): made once by the
-- server at first use (SecureRandom, 256 bits, Base64), never part of the WAR or the repository. One row per use;
-- a new key (delete the row) makes every link sent before it invalid.
CREATE TABLE signing_key (
    name                VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret              VARCHAR(100) NOT NULL,
    created             TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Links that work once: the random id of each link that was used, kept until the link would have expired
-- anyway (rows past expires_at are deleted when the next link is used). The primary key makes a second use
-- fail even when two requests race.
CREATE TABLE used_token (
    token_id            VARCHAR(32)  NOT NULL PRIMARY KEY,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX used_token_expires ON used_token (expires_at);
