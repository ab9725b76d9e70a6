-- The version of what a poll's results grid shows (issue 10), for H2 2.x and PostgreSQL alike: raised by one in the
-- transaction of every change of the poll's votes, options, answer values or settings (PollRepository.touchResults),
-- and read with the poll row each page loads anyway. A server keeps a poll's grid in memory under the version it was
-- built from, so every server of a cluster sees a change on its next page load, without an extra statement.
ALTER TABLE poll ADD COLUMN results_version BIGINT DEFAULT 0 NOT NULL;
