-- Account settings, "my polls" and leaving (issue 7, items 7 and 11). Deleting an account keeps its votes,
-- anonymised: vote.account_id becomes ON DELETE SET NULL instead of CASCADE. V1 declared the foreign key inline,
-- so its name differs between H2 and PostgreSQL; the portable way is a new column with the new rule, the links
-- copied over, the old column dropped (its key and index go with it), and the new one renamed to the old name.

ALTER TABLE vote ADD COLUMN voter_account_id BIGINT REFERENCES account (id) ON DELETE SET NULL;
UPDATE vote SET voter_account_id = account_id;
ALTER TABLE vote DROP COLUMN account_id;
ALTER TABLE vote RENAME COLUMN voter_account_id TO account_id;
CREATE INDEX vote_account_idx ON vote (account_id);

-- "My polls" finds the polls an account watches by account.
CREATE INDEX poll_watch_account_idx ON poll_watch (account_id);
