-- Read tables have columns of their own (issue 10): the versions of recorded acts and the reporting rules no longer
-- keep the event as JSON. Each kind of act has a table of its fields keyed by the version (event_id, version) of
-- drive_act_version, which keeps what every act has; lists of value objects have child tables keyed by
-- (event_id, version, ordinal). query/acts/columns has one mapper per kind of act, writing and reading them.
-- The tables are filled here from the JSON they replace, so an upgrade needs no replay; then the JSON goes, and
-- with it drive_act (the acts as they read now, which nothing read since drive_act_version came).
--
-- Instants: TIMESTAMPTZ keeps microseconds, an event's recordedAt may carry nanoseconds, so the act's own
-- recording is kept as the instant to the microsecond (truncated) and its nano-of-second beside it.

-- Helpers for this migration only (pg_temp: gone at the end of the session).
CREATE FUNCTION pg_temp.texts(value JSONB) RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(ARRAY(SELECT e FROM jsonb_array_elements_text(
               CASE WHEN jsonb_typeof(value) = 'array' THEN value ELSE '[]'::jsonb END) WITH ORDINALITY AS a(e, n)
           ORDER BY n), '{}')
$$;
CREATE FUNCTION pg_temp.integers(value JSONB) RETURNS INTEGER[] LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(ARRAY(SELECT e::INTEGER FROM jsonb_array_elements_text(
               CASE WHEN jsonb_typeof(value) = 'array' THEN value ELSE '[]'::jsonb END) WITH ORDINALITY AS a(e, n)
           ORDER BY n), '{}')
$$;
-- The nano-of-second of an ISO-8601 instant ("2019-09-30T03:00:00.123456789Z").
CREATE FUNCTION pg_temp.nano(value TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(rpad(substring(value FROM '\.(\d{1,9})'), 9, '0')::INTEGER, 0)
$$;
-- The instant to the microsecond, truncated (not rounded).
CREATE FUNCTION pg_temp.micros(value TEXT) RETURNS TIMESTAMPTZ LANGUAGE sql IMMUTABLE AS $$
    SELECT regexp_replace(value, '\.\d+', '')::TIMESTAMPTZ
           + (pg_temp.nano(value) / 1000) * INTERVAL '1 microsecond'
$$;
-- A YearMonth ("2019-02") as the first day of its month.
CREATE FUNCTION pg_temp.month(value TEXT) RETURNS DATE LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN NULL ELSE (value || '-01')::DATE END
$$;

-- What every act has, as this version reads: its own recording (version 1's recorded_at/recorded_by are the
-- same; a later version's are its correction's).
ALTER TABLE drive_act_version
    ADD COLUMN act_recorded_by  TEXT,
    ADD COLUMN act_recorded_at  TIMESTAMPTZ,
    ADD COLUMN act_recorded_nano INTEGER,
    ADD COLUMN act_command_id   TEXT;
UPDATE drive_act_version
   SET act_recorded_by = content -> 'recording' ->> 'recordedBy',
       act_recorded_at = pg_temp.micros(content -> 'recording' ->> 'recordedAt'),
       act_recorded_nano = pg_temp.nano(content -> 'recording' ->> 'recordedAt'),
       act_command_id = content -> 'recording' ->> 'commandId';
ALTER TABLE drive_act_version
    ALTER COLUMN act_recorded_by SET NOT NULL,
    ALTER COLUMN act_recorded_at SET NOT NULL,
    ALTER COLUMN act_recorded_nano SET NOT NULL,
    ALTER COLUMN act_command_id SET NOT NULL;

-- No foreign keys to drive_act_version: a rebuild copies the group's tables into a schema of its own, where a
-- copied foreign key would still name the live table the switch drops.
CREATE TABLE drive_act_provincial_drive_started (
    event_id              TEXT    NOT NULL,
    version               INTEGER NOT NULL,
    province_code         INTEGER NOT NULL,
    province_name_th      TEXT,
    province_name_en      TEXT,
    fiscal_year           INTEGER NOT NULL,
    lead_officer_name     TEXT,   -- no lead officer when both are null
    lead_officer_position TEXT,
    CONSTRAINT drive_act_provincial_drive_started_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_provincial_drive_started
SELECT event_id, version, COALESCE((content ->> 'provinceCode')::INTEGER, 0), content ->> 'provinceNameTh',
       content ->> 'provinceNameEn', COALESCE((content ->> 'fiscalYear')::INTEGER, 0),
       content -> 'leadOfficer' ->> 'name', content -> 'leadOfficer' ->> 'position'
  FROM drive_act_version WHERE act_type = 'ProvincialDriveStarted';

CREATE TABLE drive_act_agenda_items_selected (
    event_id       TEXT      NOT NULL,
    version        INTEGER   NOT NULL,
    items          INTEGER[] NOT NULL,
    meeting_number TEXT,
    CONSTRAINT drive_act_agenda_items_selected_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_agenda_items_selected
SELECT event_id, version, pg_temp.integers(content -> 'items'), content ->> 'meetingNumber'
  FROM drive_act_version WHERE act_type = 'AgendaItemsSelected';

CREATE TABLE drive_act_working_group_appointed (
    event_id     TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    order_number TEXT,
    signed_by    TEXT,
    CONSTRAINT drive_act_working_group_appointed_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_working_group_appointed
SELECT event_id, version, content ->> 'orderNumber', content ->> 'signedBy'
  FROM drive_act_version WHERE act_type = 'WorkingGroupAppointed';

CREATE TABLE drive_act_working_group_amended (
    event_id        TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    order_number    TEXT,
    members_removed TEXT[]  NOT NULL,
    reason          TEXT,
    CONSTRAINT drive_act_working_group_amended_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_working_group_amended
SELECT event_id, version, content ->> 'orderNumber', pg_temp.texts(content -> 'membersRemoved'), content ->> 'reason'
  FROM drive_act_version WHERE act_type = 'WorkingGroupAmended';

-- The members an appointment lists, or an amendment adds, in the order's order.
CREATE TABLE drive_act_working_group_member (
    event_id     TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    ordinal      INTEGER NOT NULL,
    name         TEXT,
    position     TEXT,
    organisation TEXT,
    sector       TEXT,
    role         TEXT,
    CONSTRAINT drive_act_working_group_member_pkey PRIMARY KEY (event_id, version, ordinal)
);
INSERT INTO drive_act_working_group_member
SELECT v.event_id, v.version, m.n, m.member ->> 'name', m.member ->> 'position', m.member ->> 'organisation',
       m.member ->> 'sector', m.member ->> 'role'
  FROM drive_act_version v
 CROSS JOIN LATERAL jsonb_array_elements(CASE v.act_type WHEN 'WorkingGroupAppointed' THEN v.content -> 'members'
                                                        ELSE v.content -> 'membersAdded' END)
       WITH ORDINALITY AS m(member, n)
 WHERE v.act_type IN ('WorkingGroupAppointed', 'WorkingGroupAmended');

CREATE TABLE drive_act_meeting_recorded (
    event_id       TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    meeting_number TEXT,
    meeting_type   TEXT,
    chair          TEXT,
    attendees      TEXT[]  NOT NULL,
    resolutions    TEXT[]  NOT NULL,
    CONSTRAINT drive_act_meeting_recorded_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_meeting_recorded
SELECT event_id, version, content ->> 'meetingNumber', content ->> 'meetingType', content ->> 'chair',
       pg_temp.texts(content -> 'attendees'), pg_temp.texts(content -> 'resolutions')
  FROM drive_act_version WHERE act_type = 'MeetingRecorded';

CREATE TABLE drive_act_plan_drafted (
    event_id     TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    plan_version INTEGER NOT NULL,
    one_goal     TEXT,
    CONSTRAINT drive_act_plan_drafted_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_plan_drafted
SELECT event_id, version, COALESCE((content ->> 'version')::INTEGER, 0), content ->> 'oneGoal'
  FROM drive_act_version WHERE act_type = 'PlanDrafted';

CREATE TABLE drive_act_plan_revised (
    event_id            TEXT    NOT NULL,
    version             INTEGER NOT NULL,
    plan_version        INTEGER NOT NULL,
    revises_version     INTEGER NOT NULL,
    reason              TEXT,
    inspection_event_id TEXT,
    one_goal            TEXT,
    CONSTRAINT drive_act_plan_revised_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_plan_revised
SELECT event_id, version, COALESCE((content ->> 'version')::INTEGER, 0),
       COALESCE((content ->> 'revisesVersion')::INTEGER, 0), content ->> 'reason', content ->> 'inspectionEventId',
       content ->> 'oneGoal'
  FROM drive_act_version WHERE act_type = 'PlanRevised';

-- The projects of a drafted or revised plan version, in the plan's order, and each one's allocations.
CREATE TABLE drive_act_plan_project (
    event_id         TEXT      NOT NULL,
    version          INTEGER   NOT NULL,
    ordinal          INTEGER   NOT NULL,
    project_code     TEXT,
    name             TEXT,
    owning_agency    TEXT,
    partner_agency   TEXT,
    target_group     TEXT,
    target_headcount INTEGER   NOT NULL,
    pilot_sites      INTEGER[] NOT NULL,
    CONSTRAINT drive_act_plan_project_pkey PRIMARY KEY (event_id, version, ordinal)
);
INSERT INTO drive_act_plan_project
SELECT v.event_id, v.version, p.n, p.project ->> 'projectCode', p.project ->> 'name', p.project ->> 'owningAgency',
       p.project ->> 'partnerAgency', p.project ->> 'targetGroup',
       COALESCE((p.project ->> 'targetHeadcount')::INTEGER, 0), pg_temp.integers(p.project -> 'pilotSites')
  FROM drive_act_version v
 CROSS JOIN LATERAL jsonb_array_elements(v.content -> 'projects') WITH ORDINALITY AS p(project, n)
 WHERE v.act_type IN ('PlanDrafted', 'PlanRevised');

CREATE TABLE drive_act_plan_allocation (
    event_id         TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    project_ordinal  INTEGER NOT NULL,
    ordinal          INTEGER NOT NULL,
    budget_source    TEXT,
    agency           TEXT,
    partner_agency   TEXT,
    amount_satang    BIGINT  NOT NULL,
    CONSTRAINT drive_act_plan_allocation_pkey PRIMARY KEY (event_id, version, project_ordinal, ordinal)
);
INSERT INTO drive_act_plan_allocation
SELECT v.event_id, v.version, p.n, a.n, a.allocation ->> 'budgetSource', a.allocation ->> 'agency',
       a.allocation ->> 'partnerAgency', COALESCE((a.allocation ->> 'amountSatang')::BIGINT, 0)
  FROM drive_act_version v
 CROSS JOIN LATERAL jsonb_array_elements(v.content -> 'projects') WITH ORDINALITY AS p(project, n)
 CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(p.project -> 'allocations') = 'array'
                                              THEN p.project -> 'allocations' ELSE '[]'::jsonb END)
       WITH ORDINALITY AS a(allocation, n)
 WHERE v.act_type IN ('PlanDrafted', 'PlanRevised');

CREATE TABLE drive_act_plan_approved (
    event_id         TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    plan_version     INTEGER NOT NULL,
    meeting_number   TEXT,
    meeting_event_id TEXT,
    CONSTRAINT drive_act_plan_approved_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_plan_approved
SELECT event_id, version, COALESCE((content ->> 'version')::INTEGER, 0), content ->> 'meetingNumber',
       content ->> 'meetingEventId'
  FROM drive_act_version WHERE act_type = 'PlanApproved';

-- funded_by_*: the allocation spent from (AllocationRef), none when all three are null.
CREATE TABLE drive_act_field_visit_logged (
    event_id              TEXT    NOT NULL,
    version               INTEGER NOT NULL,
    site_subdistrict_code INTEGER NOT NULL,
    site_name_th          TEXT,
    venue                 TEXT,
    agencies_present      TEXT[]  NOT NULL,
    people_reached        INTEGER NOT NULL,
    services_delivered    TEXT[]  NOT NULL,
    plan_project_code     TEXT,
    amount_spent_satang   BIGINT  NOT NULL,
    funded_by_source      TEXT,
    funded_by_agency      TEXT,
    funded_by_partner     TEXT,
    centre_id             TEXT,
    worker_ids            TEXT[]  NOT NULL,
    CONSTRAINT drive_act_field_visit_logged_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_field_visit_logged
SELECT event_id, version, COALESCE((content ->> 'siteSubdistrictCode')::INTEGER, 0), content ->> 'siteNameTh',
       content ->> 'venue', pg_temp.texts(content -> 'agenciesPresent'),
       COALESCE((content ->> 'peopleReached')::INTEGER, 0), pg_temp.texts(content -> 'servicesDelivered'),
       content ->> 'planProjectCode', COALESCE((content ->> 'amountSpentSatang')::BIGINT, 0),
       content -> 'fundedBy' ->> 'budgetSource', content -> 'fundedBy' ->> 'agency',
       content -> 'fundedBy' ->> 'partnerAgency', content ->> 'centreId', pg_temp.texts(content -> 'workerIds')
  FROM drive_act_version WHERE act_type = 'FieldVisitLogged';

CREATE TABLE drive_act_activity_recorded (
    event_id              TEXT    NOT NULL,
    version               INTEGER NOT NULL,
    site_subdistrict_code INTEGER NOT NULL,
    site_name_th          TEXT,
    participants          INTEGER NOT NULL,
    amount_spent_satang   BIGINT  NOT NULL,
    agency                TEXT,
    plan_project_code     TEXT,
    description           TEXT,
    funded_by_source      TEXT,
    funded_by_agency      TEXT,
    funded_by_partner     TEXT,
    worker_ids            TEXT[]  NOT NULL,
    CONSTRAINT drive_act_activity_recorded_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_activity_recorded
SELECT event_id, version, COALESCE((content ->> 'siteSubdistrictCode')::INTEGER, 0), content ->> 'siteNameTh',
       COALESCE((content ->> 'participants')::INTEGER, 0), COALESCE((content ->> 'amountSpentSatang')::BIGINT, 0),
       content ->> 'agency', content ->> 'planProjectCode', content ->> 'description',
       content -> 'fundedBy' ->> 'budgetSource', content -> 'fundedBy' ->> 'agency',
       content -> 'fundedBy' ->> 'partnerAgency', pg_temp.texts(content -> 'workerIds')
  FROM drive_act_version WHERE act_type = 'ActivityRecorded';

CREATE TABLE drive_act_inspection_recorded (
    event_id        TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    inspector       TEXT,
    findings        TEXT,
    recommendations TEXT[]  NOT NULL,
    CONSTRAINT drive_act_inspection_recorded_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_inspection_recorded
SELECT event_id, version, content ->> 'inspector', content ->> 'findings',
       pg_temp.texts(content -> 'recommendations')
  FROM drive_act_version WHERE act_type = 'InspectionRecorded';

-- form: the ministry's code (62-1); period_from and period_to: the first day of each month.
CREATE TABLE drive_act_monthly_report_submitted (
    event_id      TEXT    NOT NULL,
    version       INTEGER NOT NULL,
    form          TEXT,
    period_from   DATE,
    period_to     DATE,
    letter_number TEXT,
    summary       TEXT,
    CONSTRAINT drive_act_monthly_report_submitted_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_monthly_report_submitted
SELECT event_id, version, content ->> 'form', pg_temp.month(content ->> 'periodFrom'),
       pg_temp.month(content ->> 'periodTo'), content ->> 'letterNumber', content ->> 'summary'
  FROM drive_act_version WHERE act_type = 'MonthlyReportSubmitted';

CREATE TABLE drive_act_one_goal_summary_submitted (
    event_id       TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    letter_number  TEXT,
    results        TEXT,
    people_reached INTEGER NOT NULL,
    CONSTRAINT drive_act_one_goal_summary_submitted_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_one_goal_summary_submitted
SELECT event_id, version, content ->> 'letterNumber', content ->> 'results',
       COALESCE((content ->> 'peopleReached')::INTEGER, 0)
  FROM drive_act_version WHERE act_type = 'OneGoalSummarySubmitted';

CREATE TABLE drive_act_budget_reallocated (
    event_id        TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    from_project_code TEXT,
    to_project_code TEXT,
    amount_satang   BIGINT  NOT NULL,
    reason          TEXT,
    from_source     TEXT,   -- the allocations (AllocationRef): none when all three are null
    from_agency     TEXT,
    from_partner    TEXT,
    to_source       TEXT,
    to_agency       TEXT,
    to_partner      TEXT,
    CONSTRAINT drive_act_budget_reallocated_pkey PRIMARY KEY (event_id, version)
);
INSERT INTO drive_act_budget_reallocated
SELECT event_id, version, content ->> 'fromProjectCode', content ->> 'toProjectCode',
       COALESCE((content ->> 'amountSatang')::BIGINT, 0), content ->> 'reason',
       content -> 'fromAllocation' ->> 'budgetSource', content -> 'fromAllocation' ->> 'agency',
       content -> 'fromAllocation' ->> 'partnerAgency', content -> 'toAllocation' ->> 'budgetSource',
       content -> 'toAllocation' ->> 'agency', content -> 'toAllocation' ->> 'partnerAgency'
  FROM drive_act_version WHERE act_type = 'BudgetReallocated';

ALTER TABLE drive_act_version DROP COLUMN content;
DROP TABLE drive_act;

-- reporting-rules: the declaration's fields (ReportingRulesDeclared); forms by the ministry's codes, the first
-- period's months as their first days.
ALTER TABLE reporting_rules_version
    ADD COLUMN letter_number     TEXT,
    ADD COLUMN letter_date       DATE,
    ADD COLUMN forms             TEXT[],
    ADD COLUMN first_period_from DATE,
    ADD COLUMN first_period_to   DATE,
    ADD COLUMN first_due_date    DATE,
    ADD COLUMN monthly_due_day   INTEGER,
    ADD COLUMN reason            TEXT,
    ADD COLUMN business_date     DATE,
    ADD COLUMN recorded_by       TEXT,
    ADD COLUMN recorded_at       TIMESTAMPTZ,
    ADD COLUMN recorded_nano     INTEGER,
    ADD COLUMN command_id        TEXT;
UPDATE reporting_rules_version
   SET letter_number = payload ->> 'letterNumber',
       letter_date = (payload ->> 'letterDate')::DATE,
       forms = pg_temp.texts(payload -> 'forms'),
       first_period_from = pg_temp.month(payload ->> 'firstPeriodFrom'),
       first_period_to = pg_temp.month(payload ->> 'firstPeriodTo'),
       first_due_date = (payload ->> 'firstDueDate')::DATE,
       monthly_due_day = COALESCE((payload ->> 'monthlyDueDay')::INTEGER, 0),
       reason = payload ->> 'reason',
       business_date = (payload ->> 'businessDate')::DATE,
       recorded_by = payload -> 'recording' ->> 'recordedBy',
       recorded_at = pg_temp.micros(payload -> 'recording' ->> 'recordedAt'),
       recorded_nano = pg_temp.nano(payload -> 'recording' ->> 'recordedAt'),
       command_id = payload -> 'recording' ->> 'commandId';
ALTER TABLE reporting_rules_version
    ALTER COLUMN forms SET NOT NULL,
    ALTER COLUMN monthly_due_day SET NOT NULL,
    ALTER COLUMN recorded_by SET NOT NULL,
    ALTER COLUMN recorded_at SET NOT NULL,
    ALTER COLUMN recorded_nano SET NOT NULL,
    ALTER COLUMN command_id SET NOT NULL,
    DROP COLUMN payload;

-- Flyway may run this on a pooled connection: leave its session as it was.
DROP FUNCTION pg_temp.texts(JSONB), pg_temp.integers(JSONB), pg_temp.micros(TEXT), pg_temp.nano(TEXT),
    pg_temp.month(TEXT);
