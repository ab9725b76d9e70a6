-- Groups (issue 9, item 5), for H2 2.x and PostgreSQL alike.
-- directory: a group named by the setting bitpoll.ldap.groups whose members come from the directory at each login
-- of a directory user; it has no admins and nobody changes it in the pages.
ALTER TABLE user_group ADD COLUMN directory BOOLEAN NOT NULL DEFAULT FALSE;

-- name_key: the name in lower case (Locale.ROOT), written by the application with the name, so that names that
-- differ only in case cannot both exist ("Group does already exist."). H2 has no index on LOWER(name) and no
-- generated column that PostgreSQL also accepts, hence a column of its own. A row written without it by hand
-- (NULL) is not checked: unique constraints let NULLs repeat on both databases.
ALTER TABLE user_group ADD COLUMN name_key VARCHAR(150);
UPDATE user_group SET name_key = LOWER(name);
ALTER TABLE user_group ADD CONSTRAINT user_group_name_key_unique UNIQUE (name_key);

-- the groups home lists a person's invitations
CREATE INDEX group_invitation_invitee ON group_invitation (invitee_id);
