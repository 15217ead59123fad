-- The register's personal data (docs/register.md, "Personal data").

-- One row per person in the register: the national id's keyed hash (HMAC-SHA256 with a key derived from the
-- personal-data master key, never stored here), the worker holding it and the worker's centre. Written in the
-- transaction that appends the worker's events; deleted when the worker's personal data is erased.
CREATE TABLE national_id_claim (
    id_hash    BYTEA       NOT NULL,
    worker_id  TEXT        NOT NULL,
    centre_id  TEXT        NOT NULL,
    claimed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT national_id_claim_pkey PRIMARY KEY (id_hash),
    CONSTRAINT national_id_claim_worker_key UNIQUE (worker_id)
);

-- Each worker's data key (AES-256), which encrypts the personal data in the worker's events, wrapped (AES-GCM) by a
-- key derived from the master key. Erasure deletes the wrapped key and keeps the row with destroyed_at, so no key
-- can ever be made again for that subject.
CREATE TABLE personal_data_key (
    subject_id   TEXT        NOT NULL,
    wrapped_key  BYTEA,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    destroyed_at TIMESTAMPTZ,
    CONSTRAINT personal_data_key_pkey PRIMARY KEY (subject_id),
    CONSTRAINT personal_data_key_destroyed_has_no_key CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
);
