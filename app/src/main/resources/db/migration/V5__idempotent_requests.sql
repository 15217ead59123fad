-- The first answer to each command sent with an Idempotency-Key, per principal. The row is written in the same
-- transaction that appends the command's events, so after a crash either both are there or neither is: a retry
-- with the same key then gets the first answer back, or is carried out for the first time.
CREATE TABLE idempotent_request (
    principal           VARCHAR(200) NOT NULL,
    idempotency_key     VARCHAR(200) NOT NULL,
    request_fingerprint VARCHAR(64)  NOT NULL,
    drive_id            VARCHAR(20)  NOT NULL,
    response_status     INTEGER,
    response_body       TEXT,
    response_version    BIGINT,
    recorded_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT idempotent_request_pkey PRIMARY KEY (principal, idempotency_key)
);
