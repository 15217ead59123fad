-- Who may log in with the built-in user store (oneplan.security.mode=built-in), and the audit of every read of
-- unmasked personal data. With oneplan.security.mode=jwt the users live in the identity provider and app_user
-- stays empty; personal_data_access is written in both modes.

-- A user of the built-in store. The role and its scope decide what the user may do (docs/security.md); a
-- PROVINCIAL_OFFICER is scoped to one province, a CENTRE_STAFF member to one subdistrict. Passwords are kept
-- only as bcrypt hashes. Users are never deleted, because events name them as their recorders: a user who
-- leaves is disabled.
CREATE TABLE app_user (
    username             VARCHAR(64)  NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    role                 VARCHAR(32)  NOT NULL,
    province_code        INTEGER,
    subdistrict_code     INTEGER,
    must_change_password BOOLEAN      NOT NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by           VARCHAR(200) NOT NULL,
    -- The last change of role, scope, enablement or password, and who made it.
    changed_at           TIMESTAMPTZ,
    changed_by           VARCHAR(200),
    CONSTRAINT app_user_pkey PRIMARY KEY (username),
    CONSTRAINT app_user_role CHECK (role IN ('PROVINCIAL_OFFICER', 'CENTRE_STAFF', 'INSPECTOR', 'MINISTRY_ADMIN')),
    CONSTRAINT app_user_bcrypt CHECK (password_hash LIKE '$2%'),
    CONSTRAINT app_user_officer_scope CHECK (role <> 'PROVINCIAL_OFFICER' OR province_code IS NOT NULL),
    CONSTRAINT app_user_centre_scope CHECK (role <> 'CENTRE_STAFF' OR subdistrict_code IS NOT NULL)
);

-- One row per read of unmasked personal data (an INSPECTOR, with a reason): who read whose data, when, why and
-- through which endpoint. Rows are only ever inserted; MINISTRY_ADMIN queries them through
-- GET /api/admin/personal-data-access.
CREATE TABLE personal_data_access (
    id           BIGINT GENERATED ALWAYS AS IDENTITY,
    accessed_at  TIMESTAMPTZ  NOT NULL,
    accessed_by  VARCHAR(200) NOT NULL,
    role         VARCHAR(32)  NOT NULL,
    subject_kind VARCHAR(40)  NOT NULL,
    subject_id   VARCHAR(100) NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    endpoint     VARCHAR(300) NOT NULL,
    CONSTRAINT personal_data_access_pkey PRIMARY KEY (id),
    CONSTRAINT personal_data_access_reason CHECK (char_length(reason) BETWEEN 10 AND 500)
);

CREATE INDEX personal_data_access_by_time ON personal_data_access (accessed_at);
CREATE INDEX personal_data_access_by_user ON personal_data_access (accessed_by, accessed_at);
