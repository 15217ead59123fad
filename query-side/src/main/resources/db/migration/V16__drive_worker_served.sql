-- The registered workers each drive served (DriveWorkersServedProjection, processing group drive-workers-served):
-- one row per drive and worker, whichever act named the worker first (a field visit, an activity, or a service of
-- the register naming the drive). The primary key makes a worker count once per drive however often they were
-- served, and counting a drive's workers an index-only scan of its own rows, at national size too. Rows are
-- only ever added: the acts' workers are not correctable.

CREATE TABLE drive_worker_served (
    drive_id  VARCHAR(20)  NOT NULL,
    worker_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (drive_id, worker_id)
);
