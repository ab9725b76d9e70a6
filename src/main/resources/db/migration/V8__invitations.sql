-- Invitations and reminders (issue 9, items 3 and 4), for H2 2.x and PostgreSQL alike. The table invitation
-- exists since V1; an automatic reminder is sent once per invitation and recorded here (NULL: not yet).
ALTER TABLE invitation ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
-- Deleting a vote sets the invitation it fulfilled back to pending (ON DELETE SET NULL): find it by its vote.
CREATE INDEX invitation_vote_idx ON invitation (vote_id);

-- A poll's automatic reminder: how many days before its due date the invitees who have not voted get one
-- (0: none). No row: the operator's default (bitpoll.reminder-days-before). Goes with its poll; a copy has none.
CREATE TABLE poll_reminder (
    poll_id             BIGINT  NOT NULL PRIMARY KEY REFERENCES poll (id) ON DELETE CASCADE,
    days_before         INTEGER NOT NULL
);
