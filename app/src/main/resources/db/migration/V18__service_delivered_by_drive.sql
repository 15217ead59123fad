-- The One Goal summary (docs/one-goal-summary.md) is replayed from the event store, not from the read tables. Besides
-- a drive's own stream it needs the register's services that name the drive (ServiceDelivered, in the workers'
-- streams). This index finds them without reading every event: a partial index over ServiceDelivered rows only, by
-- the driveId their JSON payload names. The payload is never sealed for this event type (no personal data).
--
-- convert_from is only STABLE (it depends on the database encoding, which never changes for a database), so the
-- expression is wrapped in a function declared IMMUTABLE, as an index expression must be.

CREATE FUNCTION event_payload_drive_id(payload bytea) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT convert_from(payload, 'UTF8')::jsonb ->> 'driveId' $$;

COMMENT ON FUNCTION event_payload_drive_id(bytea) IS
    'The driveId a JSON event payload names, for the index of ServiceDelivered by drive (V18).';

CREATE INDEX domainevententry_service_delivered_drive_idx
    ON domainevententry (event_payload_drive_id(payload))
    WHERE payloadtype = 'th.go.mol.oneplan.register.ServiceDelivered';
