-- The tambon centres' read side (TambonCentresProjection, processing group tambon-centres): one table per thing a
-- reader asks about, each row keeping the id of the event that put it there.

CREATE TABLE pilot_programme (
    programme_id     VARCHAR(20)  PRIMARY KEY,
    province_code    INT          NOT NULL,
    province_name_th VARCHAR(200) NOT NULL,
    fiscal_year      INT          NOT NULL,
    name             TEXT         NOT NULL,
    declared_on      DATE         NOT NULL,
    event_id         VARCHAR(140) NOT NULL,
    recorded_by      VARCHAR(200) NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL
);

-- One pilot per district and programme: the domain refuses a second one.
CREATE TABLE pilot_designation (
    programme_id        VARCHAR(20)  NOT NULL,
    district_code       INT          NOT NULL,
    centre_id           VARCHAR(100) NOT NULL,
    subdistrict_code    INT          NOT NULL,
    subdistrict_name_th VARCHAR(200) NOT NULL,
    designated_on       DATE         NOT NULL,
    event_id            VARCHAR(140) NOT NULL,
    recorded_by         VARCHAR(200) NOT NULL,
    recorded_at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (programme_id, district_code)
);

CREATE TABLE tambon_centre (
    centre_id           VARCHAR(100) PRIMARY KEY,
    subdistrict_code    INT          NOT NULL,
    subdistrict_name_th VARCHAR(200) NOT NULL,
    district_code       INT          NOT NULL,
    district_name_th    VARCHAR(200),
    province_code       INT          NOT NULL,
    province_name_th    VARCHAR(200),
    venue_kind          VARCHAR(40)  NOT NULL,
    venue_name          TEXT         NOT NULL,
    established_on      DATE         NOT NULL,
    pilot               BOOLEAN      NOT NULL,
    programme_id        VARCHAR(20)  NOT NULL,
    fiscal_year         INT          NOT NULL,
    event_id            VARCHAR(140) NOT NULL,
    recorded_by         VARCHAR(200) NOT NULL,
    recorded_at         TIMESTAMPTZ  NOT NULL
);

-- The list: a province's centres, optionally of one fiscal year (its programme's) or only pilots, in subdistrict
-- order.
CREATE INDEX tambon_centre_by_province ON tambon_centre (province_code, fiscal_year, subdistrict_code);

-- The committee as it reads now: an amendment deletes the members it removes and inserts those it adds.
CREATE TABLE centre_committee_member (
    centre_id                        VARCHAR(100) NOT NULL,
    name                             VARCHAR(200) NOT NULL,
    role                             VARCHAR(40)  NOT NULL,
    labour_volunteer                 BOOLEAN      NOT NULL,
    local_government_representative  BOOLEAN      NOT NULL,
    organisation                     VARCHAR(200),
    since                            DATE         NOT NULL,
    event_id                         VARCHAR(140) NOT NULL,
    recorded_by                      VARCHAR(200) NOT NULL,
    recorded_at                      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (centre_id, name)
);

-- Which events of a centre's committee are already folded in: an amendment is not idempotent by its rows alone
-- (it removes and adds), so a re-delivered one is recognised by its id.
CREATE TABLE centre_committee_event (
    centre_id VARCHAR(100) NOT NULL,
    event_id  VARCHAR(140) PRIMARY KEY
);

CREATE TABLE centre_mentor (
    event_id      VARCHAR(140) PRIMARY KEY,
    centre_id     VARCHAR(100) NOT NULL,
    mentor_name   VARCHAR(200) NOT NULL,
    agency        VARCHAR(200),
    assigned_on   DATE         NOT NULL,
    recorded_by   VARCHAR(200) NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL
);

CREATE INDEX centre_mentor_by_centre ON centre_mentor (centre_id, assigned_on);
