-- Idempotency keys serve commands to any aggregate (a drive, a fiscal year's reporting rules, and the register's
-- to come), not only drives: the column names the aggregate, and is as long as any aggregate id may be.
ALTER TABLE idempotent_request RENAME COLUMN drive_id TO aggregate_id;
ALTER TABLE idempotent_request ALTER COLUMN aggregate_id TYPE VARCHAR(200);
