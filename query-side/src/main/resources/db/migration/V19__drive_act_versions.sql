-- Time travel (docs/time-travel.md): the read side keeps every version of a recorded act instead of only the
-- act as it reads now, so a query can read the record as it stood at any instant (recordedAsOf).

-- drive-acts: one row per version of an act: version 1 is the act as recorded, each correction adds the next.
-- The columns are what the queries filter and sort by; content is the act as this version reads (the domain's
-- own record, corrections applied), which the pure assemblers (detail, budget, KPI, calendar) rebuild it from.
CREATE TABLE drive_act_version (
    event_id            TEXT        NOT NULL,  -- the act's event id, "<driveId>/<n>"
    version             INTEGER     NOT NULL,  -- 1 for the act as recorded, then one more per correction
    drive_id            TEXT        NOT NULL,
    position            BIGINT      NOT NULL,  -- the act's place in its drive's stream
    act_type            TEXT        NOT NULL,
    business_date       DATE        NOT NULL,  -- this version's business date (a correction may move it)
    late_record         BOOLEAN     NOT NULL,
    document_reference  TEXT,
    -- The event that made this version (the act, or the correction): where it is in the event store (the global
    -- index its processor's token reached), and who recorded it when.
    global_position     BIGINT      NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL,
    recorded_by         TEXT        NOT NULL,
    correction_event_id TEXT,                  -- null for version 1
    correction_position BIGINT,                -- the correction's place in the drive's stream
    what_was_wrong      TEXT,
    content             JSONB       NOT NULL,
    CONSTRAINT drive_act_version_pkey PRIMARY KEY (event_id, version),
    CONSTRAINT drive_act_version_correction_key UNIQUE (correction_event_id),
    CONSTRAINT drive_act_version_made_by CHECK ((version = 1) = (correction_event_id IS NULL))
);
CREATE INDEX drive_act_version_recorded_idx ON drive_act_version (drive_id, recorded_at);

-- drive-audit: the event-store position of each line's event, so an answer can state the last event it includes.
ALTER TABLE drive_audit_entry ADD COLUMN global_position BIGINT;

-- Events folded in before this migration have no versions and no global position yet. Both projections fold an
-- event twice without harm (versions are keyed by act and correction, audit lines fill a missing position), so
-- their processors are sent back to the start of the stream: they fold every event again once, at start-up.
DELETE FROM tokenentry WHERE processorname IN ('drive-acts', 'drive-audit');
