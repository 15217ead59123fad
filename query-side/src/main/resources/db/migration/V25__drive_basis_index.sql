-- The basis every drive answer states (DriveBases: the drive's last event in the record read) is the drive's audit
-- line with the highest global position. Without this index PostgreSQL read every audit line of the drive and
-- sorted them for each KPI, audit, detail, budget or changes answer, so the answer cost grew with the drive's
-- history (a year's drive has thousands of lines); with it the answer is the first entry of one index range. The
-- order is exactly the query's (global_position DESC NULLS LAST, position DESC), so no sort remains.
CREATE INDEX drive_audit_entry_basis_idx
    ON drive_audit_entry (drive_id, global_position DESC NULLS LAST, position DESC);
