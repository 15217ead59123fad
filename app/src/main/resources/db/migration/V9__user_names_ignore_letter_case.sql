-- User names ignore letter case: "ADMIN" is the user "admin", so two users can no longer differ only by case.
-- Lookups compare lower(username), and this index both makes them fast and keeps such names unique.
--
-- An installation that already has names differing only by case keeps, for each such group, one user as it is
-- (an enabled one first, so an administrator is never lost; then the oldest) and renames the others to
-- "<name>~<n>" (a name nobody can create: "~" is not allowed in a user name) and disables them, so they can no
-- longer log in with a name that now belongs to someone else. Nothing is deleted: events keep the name they
-- were recorded by, and app_user_renamed says which user became which name, and why. An administrator reads
-- them with GET /api/admin/users and re-enables or recreates whoever still needs access.

CREATE TABLE app_user_renamed (
    username_before VARCHAR(64)  NOT NULL,
    username_after  VARCHAR(64)  NOT NULL,
    clashed_with    VARCHAR(64)  NOT NULL,
    renamed_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    reason          VARCHAR(200) NOT NULL,
    CONSTRAINT app_user_renamed_pkey PRIMARY KEY (username_after)
);

WITH ranked AS (
    SELECT username,
           first_value(username) OVER same_name AS kept,
           row_number() OVER same_name AS n
      FROM app_user
    WINDOW same_name AS (PARTITION BY lower(username) ORDER BY enabled DESC, created_at, username)
), renamed AS (
    SELECT username, kept, left(username, 60) || '~' || n AS renamed_to FROM ranked WHERE n > 1
), noted AS (
    INSERT INTO app_user_renamed (username_before, username_after, clashed_with, reason)
    SELECT username, renamed_to, kept, 'V9: user names ignore letter case; disabled, events keep the old name'
      FROM renamed
)
UPDATE app_user u
   SET username = r.renamed_to, enabled = FALSE, changed_at = now(), changed_by = 'migration V9'
  FROM renamed r
 WHERE u.username = r.username;

CREATE UNIQUE INDEX app_user_username_lower ON app_user (lower(username));
