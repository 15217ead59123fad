-- Register statistics (RegisterStatisticsProjection, processing group register-statistics) and a centre's work
-- (CentreWorkProjection, processing group centre-work). Counters are kept as events arrive; no answer counts
-- workers row by row.

-- What statistics must remember of each worker to move their counts when they move or their profile changes:
-- about 60 bytes a row, so the 20.4 million informal workers fit in about 1.5 GB with its key. No personal data:
-- no name, id number, birth date, phone or house. Enums are stored by their position (ordinal), needs and
-- problems as bit sets (bit n = the enum's n-th value); a reordered enum needs a replay of register-statistics.
CREATE TABLE register_stats_worker (
    worker_id        UUID     PRIMARY KEY, -- the uuid of worker-<uuid>
    last_sequence    BIGINT   NOT NULL,    -- the worker's last event folded in: a re-delivered one is skipped
    subdistrict_code INT      NOT NULL,    -- where the worker lives now (district and province are its prefixes)
    needs            INT      NOT NULL,
    problems         INT      NOT NULL,
    occupation       SMALLINT NOT NULL,
    education        SMALLINT NOT NULL,
    sex              SMALLINT NOT NULL,
    age_band         SMALLINT NOT NULL,
    served           BOOLEAN  NOT NULL     -- has received at least one service
);

-- One row per area with workers: the nation (code 0), a province (2 digits), a district (4), a subdistrict (6).
-- The parts of an area are a range of its children's codes (district 5501 holds subdistricts 550100..550199).
CREATE TABLE register_stats_area (
    area_level  VARCHAR(11) NOT NULL, -- NATION, PROVINCE, DISTRICT, SUBDISTRICT
    area_code   INT         NOT NULL,
    registered  BIGINT      NOT NULL,
    served      BIGINT      NOT NULL, -- registered workers living here who received at least one service
    services    BIGINT      NOT NULL, -- services delivered here (where the worker lived that day)
    PRIMARY KEY (area_level, area_code)
);

-- The breakdowns of an area: dimension OCCUPATION, EDUCATION, SEX, AGE_BAND, NEED, PROBLEM (workers),
-- SERVICE, AGENCY (services delivered); value is the enum's name.
CREATE TABLE register_stats_count (
    area_level  VARCHAR(11) NOT NULL,
    area_code   INT         NOT NULL,
    dimension   VARCHAR(20) NOT NULL,
    value       VARCHAR(40) NOT NULL,
    count       BIGINT      NOT NULL,
    PRIMARY KEY (area_level, area_code, dimension, value)
);

-- A centre's quality-of-life plans, their items and the funders' decisions (every decision, corrections too).
CREATE TABLE centre_plan (
    centre_id     VARCHAR(100) NOT NULL,
    plan_id       VARCHAR(40)  NOT NULL,
    fiscal_year   INT          NOT NULL,
    submitted_on  DATE         NOT NULL,
    event_id      VARCHAR(140) NOT NULL,
    recorded_by   VARCHAR(200) NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (centre_id, plan_id)
);

CREATE TABLE centre_plan_item (
    centre_id          VARCHAR(100) NOT NULL,
    plan_id            VARCHAR(40)  NOT NULL,
    item_number        INT          NOT NULL,
    category           VARCHAR(40)  NOT NULL,
    description        TEXT         NOT NULL,
    requested_satang   BIGINT       NOT NULL,
    source             VARCHAR(40)  NOT NULL,
    other_source_name  TEXT,
    PRIMARY KEY (centre_id, plan_id, item_number)
);

CREATE TABLE centre_plan_decision (
    centre_id          VARCHAR(100) NOT NULL,
    plan_id            VARCHAR(40)  NOT NULL,
    item_number        INT          NOT NULL,
    sequence           BIGINT       NOT NULL, -- the event's number in the centre's stream: the last one holds
    outcome            VARCHAR(10)  NOT NULL,
    granted_satang     BIGINT       NOT NULL,
    reason             TEXT,
    correction_reason  TEXT,
    decided_on         DATE         NOT NULL,
    event_id           VARCHAR(140) NOT NULL,
    recorded_by        VARCHAR(200) NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (centre_id, plan_id, item_number, sequence)
);

CREATE TABLE centre_follow_up (
    event_id       VARCHAR(140) PRIMARY KEY,
    centre_id      VARCHAR(100) NOT NULL,
    sequence       BIGINT       NOT NULL,
    stage          VARCHAR(10)  NOT NULL,
    followed_up_on DATE         NOT NULL,
    findings       TEXT         NOT NULL,
    next_steps     TEXT,
    recorded_by    VARCHAR(200) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL
);

CREATE INDEX centre_follow_up_by_centre ON centre_follow_up (centre_id, followed_up_on);

CREATE TABLE centre_yearly_evaluation (
    centre_id        VARCHAR(100) NOT NULL,
    fiscal_year      INT          NOT NULL,
    summary          TEXT         NOT NULL,
    lessons_learned  TEXT         NOT NULL,
    evaluated_on     DATE         NOT NULL,
    event_id         VARCHAR(140) NOT NULL,
    recorded_by      VARCHAR(200) NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (centre_id, fiscal_year)
);

-- Grievances carry the centre's area so that the oldest open one of a province or district is an index lookup.
CREATE TABLE centre_grievance (
    centre_id            VARCHAR(100) NOT NULL,
    grievance_id         VARCHAR(40)  NOT NULL,
    subdistrict_code     INT          NOT NULL,
    district_code        INT          NOT NULL,
    province_code        INT          NOT NULL,
    worker_id            VARCHAR(60)  NOT NULL,
    topic                VARCHAR(40)  NOT NULL,
    other_topic          TEXT,
    channel              VARCHAR(20)  NOT NULL,
    received_on          DATE         NOT NULL,
    event_id             VARCHAR(140) NOT NULL,
    recorded_by          VARCHAR(200) NOT NULL,
    recorded_at          TIMESTAMPTZ  NOT NULL,
    resolution           TEXT,
    resolved_on          DATE,
    resolution_event_id  VARCHAR(140),
    resolved_by          VARCHAR(200),
    resolved_at          TIMESTAMPTZ,
    PRIMARY KEY (centre_id, grievance_id)
);

CREATE INDEX centre_grievance_open ON centre_grievance (received_on) WHERE resolution_event_id IS NULL;
CREATE INDEX centre_grievance_open_by_province ON centre_grievance (province_code, received_on)
    WHERE resolution_event_id IS NULL;
CREATE INDEX centre_grievance_open_by_district ON centre_grievance (district_code, received_on)
    WHERE resolution_event_id IS NULL;
CREATE INDEX centre_grievance_open_by_subdistrict ON centre_grievance (subdistrict_code, received_on)
    WHERE resolution_event_id IS NULL;

-- Where each centre stands, and the same summed per area (nation 0, province, district, subdistrict), kept as
-- the centre's events arrive.
CREATE TABLE centre_progress (
    centre_id          VARCHAR(100) PRIMARY KEY,
    subdistrict_code   INT          NOT NULL,
    district_code      INT          NOT NULL,
    province_code      INT          NOT NULL,
    committee_complete BOOLEAN      NOT NULL,
    plan_submitted     BOOLEAN      NOT NULL,
    funded             BOOLEAN      NOT NULL,
    open_grievances    INT          NOT NULL
);

CREATE TABLE centre_progress_area (
    area_level          VARCHAR(11) NOT NULL,
    area_code           INT         NOT NULL,
    centres             BIGINT      NOT NULL,
    committee_complete  BIGINT      NOT NULL,
    plan_submitted      BIGINT      NOT NULL,
    funded              BIGINT      NOT NULL,
    open_grievances     BIGINT      NOT NULL,
    PRIMARY KEY (area_level, area_code)
);
