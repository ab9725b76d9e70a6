-- Retention of old polls (issue 8, item 3), for H2 2.x and PostgreSQL alike: when the owner was last warned by
-- mail that the poll will be deleted. NULL: never. A warning sent before the poll's current warning day (its
-- dates moved later since) no longer counts, so nothing needs to reset it (org.bitpoll.poll.domain.Retention).
ALTER TABLE poll ADD COLUMN retention_warned_at TIMESTAMP WITH TIME ZONE;
