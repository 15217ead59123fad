-- The register's read side (WorkersProjection, processing group registered-workers): one row per registered
-- worker with NO personal data, so that a stolen copy of the read tables names nobody. The national id, names,
-- date of birth, phone and house and village numbers stay in the event store only (encrypted there per person);
-- a worker's answer reads them from the worker's own events (docs/register.md, "Register over HTTP").
CREATE TABLE registered_worker (
    worker_id        VARCHAR(50)  PRIMARY KEY,
    centre_id        VARCHAR(100) NOT NULL,
    subdistrict_code INT          NOT NULL,
    district_code    INT          NOT NULL,
    province_code    INT          NOT NULL,
    title            VARCHAR(10)  NOT NULL,
    sex              VARCHAR(12)  NOT NULL,
    age_band         VARCHAR(20)  NOT NULL,
    occupation       VARCHAR(40)  NOT NULL,
    education        VARCHAR(40)  NOT NULL,
    problems         TEXT[]       NOT NULL,
    needs            TEXT[]       NOT NULL,
    lawful_basis     VARCHAR(20)  NOT NULL,
    registered_on    DATE         NOT NULL,
    services         INT          NOT NULL DEFAULT 0,
    erased           BOOLEAN      NOT NULL DEFAULT FALSE,
    erased_on        DATE,
    -- The worker's last event folded in (its sequence number): a re-delivered event changes nothing.
    last_sequence    BIGINT       NOT NULL,
    event_id         VARCHAR(140) NOT NULL,
    recorded_by      VARCHAR(200) NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL
);

-- A centre's register, page by page, in the order of registration.
CREATE INDEX registered_worker_by_centre ON registered_worker (centre_id, registered_on, worker_id);
