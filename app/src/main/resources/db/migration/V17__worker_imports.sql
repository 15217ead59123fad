-- The register's bulk import (docs/import.md): one row per uploaded survey file, the file itself in chunks until
-- the job is done, and the report of its bad rows. All of it survives a restart: a job left RUNNING is resumed
-- after the last row whose outcome was committed (last_line), which is written in the same transaction as the
-- rows' events and errors, so the counters stay exact.
CREATE TABLE worker_import_job (
    job_id             VARCHAR(80)  NOT NULL,
    centre_id          VARCHAR(100) NOT NULL,
    recorded_by        VARCHAR(200) NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    file_sha256        CHAR(64),
    file_bytes         BIGINT       NOT NULL DEFAULT 0,
    -- The number of lines of the file less the header: rows to expect (a quoted field may span lines).
    rows_expected      BIGINT       NOT NULL DEFAULT 0,
    last_line          BIGINT       NOT NULL DEFAULT 1,
    rows_done          BIGINT       NOT NULL DEFAULT 0,
    registered         BIGINT       NOT NULL DEFAULT 0,
    already_registered BIGINT       NOT NULL DEFAULT 0,
    rejected           BIGINT       NOT NULL DEFAULT 0,
    -- Rows done and seconds spent in the run going on now (a resumed job's rate counts only this run).
    run_rows           BIGINT       NOT NULL DEFAULT 0,
    run_started_at     TIMESTAMPTZ,
    failure            VARCHAR(1000),
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    started_at         TIMESTAMPTZ,
    finished_at        TIMESTAMPTZ,
    CONSTRAINT worker_import_job_pkey PRIMARY KEY (job_id),
    CONSTRAINT worker_import_job_status CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'INTERRUPTED'))
);
CREATE INDEX worker_import_job_status_idx ON worker_import_job (status);

-- The uploaded file, spooled in chunks of about 1 MB as it arrives: never held whole in memory, and read back
-- chunk by chunk by the job. Removed when the job is DONE.
CREATE TABLE worker_import_chunk (
    job_id   VARCHAR(80) NOT NULL REFERENCES worker_import_job (job_id),
    chunk_no INTEGER     NOT NULL,
    bytes    BYTEA       NOT NULL,
    CONSTRAINT worker_import_chunk_pkey PRIMARY KEY (job_id, chunk_no)
);

-- Every bad row: its line (the header is line 1), the column and the rule, and a message that never repeats the
-- personal value itself.
CREATE TABLE worker_import_error (
    job_id  VARCHAR(80)   NOT NULL REFERENCES worker_import_job (job_id),
    line    BIGINT        NOT NULL,
    field   VARCHAR(100)  NOT NULL,
    rule    VARCHAR(100)  NOT NULL,
    message VARCHAR(1000) NOT NULL,
    CONSTRAINT worker_import_error_pkey PRIMARY KEY (job_id, line, field)
);
