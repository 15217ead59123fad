-- Failed logins per user name (built-in authentication), to slow down password guessing. The name is kept as a
-- SHA-256 hex digest: attempts name users that do not exist, or carry a password typed into the wrong field,
-- and neither should be stored. A row exists only while a name has recent failures or is locked.
CREATE TABLE login_throttle (
    username_digest   CHAR(64)    NOT NULL,
    failures          INTEGER     NOT NULL,
    window_started_at TIMESTAMPTZ NOT NULL,
    locked_until      TIMESTAMPTZ,
    CONSTRAINT login_throttle_pkey PRIMARY KEY (username_digest),
    CONSTRAINT login_throttle_failures_check CHECK (failures >= 0)
);

CREATE INDEX login_throttle_window_idx ON login_throttle (window_started_at);
