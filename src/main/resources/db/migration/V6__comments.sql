-- Comments (issue 9, item 1), for H2 2.x and PostgreSQL alike. Deleting an account keeps its comments under the
-- name they were written with: poll_comment.account_id becomes ON DELETE SET NULL instead of CASCADE. V1 declared
-- the foreign key inline, so its name differs between H2 and PostgreSQL; as in V4, a new column with the new rule
-- takes the links, the old column is dropped (its key goes with it), and the new one takes the old name. Deleting
-- a poll still deletes its comments (poll_id stays ON DELETE CASCADE).

ALTER TABLE poll_comment ADD COLUMN author_account_id BIGINT REFERENCES account (id) ON DELETE SET NULL;
UPDATE poll_comment SET author_account_id = account_id;
ALTER TABLE poll_comment DROP COLUMN account_id;
ALTER TABLE poll_comment RENAME COLUMN author_account_id TO account_id;
CREATE INDEX poll_comment_account_idx ON poll_comment (account_id);
