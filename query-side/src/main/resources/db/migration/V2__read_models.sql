-- The query side's read models. Each table belongs to one projection (processing group) and holds nothing
-- that cannot be rebuilt from the event store: a replay truncates the group's tables and folds every event
-- in again. Rows are keyed by event id or stream position so that a batch delivered twice changes nothing.
-- A position is the n of an event id "<driveId>/<n>", the event's 1-based place in its drive's stream.

-- drive-overview: one row per province drive, for lists and the national roll-up.
CREATE TABLE drive_overview (
    drive_id              TEXT        NOT NULL,
    province_code         INTEGER     NOT NULL,
    province_name_th      TEXT        NOT NULL,
    province_name_en      TEXT        NOT NULL,
    fiscal_year           INTEGER     NOT NULL,
    lead_officer_name     TEXT        NOT NULL,
    lead_officer_position TEXT        NOT NULL,
    lead_assigned_on      DATE        NOT NULL,
    -- Element n is the day level n was reached, NULL while it is not: the current level needs all five.
    kpi_reached_on        DATE[]      NOT NULL DEFAULT ARRAY[NULL, NULL, NULL, NULL, NULL]::DATE[],
    kpi_level             INTEGER     NOT NULL DEFAULT 0,
    kpi_level_reached_on  DATE,
    last_recorded_at      TIMESTAMPTZ NOT NULL,
    -- The position of the last event folded in; an event at or below it was already counted.
    event_count           BIGINT      NOT NULL,
    CONSTRAINT drive_overview_pkey PRIMARY KEY (drive_id),
    CONSTRAINT drive_overview_kpi_level_range CHECK (kpi_level BETWEEN 0 AND 5)
);
CREATE INDEX drive_overview_fiscal_year_idx ON drive_overview (fiscal_year, province_code);

-- drive-acts: every recorded act as it reads now, corrections applied; the source of the drive detail and of
-- the KPI assessment's explanations.
CREATE TABLE drive_act (
    event_id      TEXT    NOT NULL,
    drive_id      TEXT    NOT NULL,
    position      BIGINT  NOT NULL,
    event_type    TEXT    NOT NULL,
    business_date DATE    NOT NULL,
    late_record   BOOLEAN NOT NULL,
    payload       JSONB   NOT NULL,
    corrected     BOOLEAN NOT NULL DEFAULT FALSE,
    corrected_by  TEXT[]  NOT NULL DEFAULT '{}',
    CONSTRAINT drive_act_pkey PRIMARY KEY (event_id),
    CONSTRAINT drive_act_drive_position_key UNIQUE (drive_id, position)
);

-- drive-kpi: where each of the five levels stands, and every change to it.
CREATE TABLE drive_kpi_level (
    drive_id            TEXT    NOT NULL,
    level               INTEGER NOT NULL,
    reached             BOOLEAN NOT NULL DEFAULT FALSE,
    reached_on          DATE,
    evidence            JSONB   NOT NULL DEFAULT '[]',
    -- The position of the KPI event this row reflects; an older one never overwrites it.
    last_event_position BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT drive_kpi_level_pkey PRIMARY KEY (drive_id, level),
    CONSTRAINT drive_kpi_level_range CHECK (level BETWEEN 1 AND 5)
);

CREATE TABLE drive_kpi_change (
    event_id              TEXT        NOT NULL,
    drive_id              TEXT        NOT NULL,
    position              BIGINT      NOT NULL,
    level                 INTEGER     NOT NULL,
    change                TEXT        NOT NULL,
    business_date         DATE        NOT NULL,
    previously_reached_on DATE,
    evidence              JSONB       NOT NULL DEFAULT '[]',
    caused_by_event_id    TEXT,
    because               TEXT,
    recorded_at           TIMESTAMPTZ NOT NULL,
    recorded_by           TEXT        NOT NULL,
    CONSTRAINT drive_kpi_change_pkey PRIMARY KEY (event_id),
    CONSTRAINT drive_kpi_change_kind CHECK (change IN ('REACHED', 'LOST'))
);
CREATE INDEX drive_kpi_change_drive_idx ON drive_kpi_change (drive_id, position);

-- drive-audit: the inspector's trail, one line per event in stream order.
CREATE TABLE drive_audit_entry (
    drive_id           TEXT        NOT NULL,
    position           BIGINT      NOT NULL,
    event_id           TEXT        NOT NULL,
    event_type         TEXT        NOT NULL,
    business_date      DATE        NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    recorded_by        TEXT        NOT NULL,
    command_id         TEXT        NOT NULL,
    late_record        BOOLEAN     NOT NULL,
    summary            TEXT        NOT NULL,
    corrects_event_id  TEXT,
    caused_by_event_id TEXT,
    corrected_by       TEXT[]      NOT NULL DEFAULT '{}',
    CONSTRAINT drive_audit_entry_pkey PRIMARY KEY (drive_id, position),
    CONSTRAINT drive_audit_entry_event_id_key UNIQUE (event_id)
);
