-- reporting-rules: every declared version of each fiscal year's reporting rules (the event as declared); the
-- latest version is in force. Provinces' due reports are not stored: they are derived at read time from the
-- rules in force and the drive's monthly reports (drive_act), so a correction or an amendment shows at once.
CREATE TABLE reporting_rules_version (
    fiscal_year INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    event_id    TEXT    NOT NULL,
    payload     JSONB   NOT NULL,
    CONSTRAINT reporting_rules_version_pkey PRIMARY KEY (fiscal_year, version),
    CONSTRAINT reporting_rules_version_event_id_key UNIQUE (event_id)
);
