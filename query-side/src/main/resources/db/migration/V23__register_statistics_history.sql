-- register-statistics keeps, beside its counters, one row per register event that moves them, so that the
-- statistics can be read at a basis: what had happened by a business date (asOf), as the ledger said at an
-- instant (recordedAsOf); docs/time-travel.md. A row holds only what its event set (NULL: not set by it), so the
-- facts of a worker at a basis are, field by field, the last value set by an event within the basis, in the
-- worker's stream order: an event left out (dated later, or recorded later) leaves out exactly its own change.
-- No personal data: where the worker lives is the subdistrict only. Enum values by name.
CREATE TABLE register_stats_event (
    worker_id                UUID        NOT NULL, -- the uuid of worker-<uuid>
    sequence                 BIGINT      NOT NULL, -- the event's number in the worker's stream
    position                 BIGINT      NOT NULL, -- its event-store position (global index)
    business_date            DATE        NOT NULL, -- the day it happened (a profile update: the day recorded)
    recorded_at              TIMESTAMPTZ NOT NULL,
    registered               BOOLEAN     NOT NULL, -- the registration itself
    subdistrict_code         INT,                  -- registration, move: where the worker lives from then on
    sex                      VARCHAR(20),          -- registration
    age_band                 VARCHAR(20),          -- registration
    occupation               VARCHAR(40),          -- registration, profile update
    education                VARCHAR(40),          -- registration, profile update
    needs                    TEXT,                 -- registration, profile update: names joined by ',' ('' none)
    problems                 TEXT,                 -- registration, profile update: names joined by ',' ('' none)
    service                  VARCHAR(40),          -- a service delivered
    agency                   VARCHAR(40),          -- its agency
    service_subdistrict_code INT,                  -- where it counts (where the worker lived that day)
    CONSTRAINT register_stats_event_pkey PRIMARY KEY (worker_id, sequence)
);
-- The workers who ever lived in an area, and the services delivered in one.
CREATE INDEX register_stats_event_subdistrict_idx ON register_stats_event (subdistrict_code, worker_id)
    WHERE subdistrict_code IS NOT NULL;
CREATE INDEX register_stats_event_service_idx ON register_stats_event (service_subdistrict_code)
    WHERE service_subdistrict_code IS NOT NULL;
