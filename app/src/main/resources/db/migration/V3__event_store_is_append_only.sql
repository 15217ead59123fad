-- The event store is the record of truth: events are only ever appended. A mistake is fixed by recording a
-- correction (RecordCorrected), never by changing or removing an event. These triggers make the database
-- itself refuse UPDATE, DELETE and TRUNCATE of domainevententry, whoever asks: the service, a script, or an
-- operator at a psql prompt. In production the service's role also has no UPDATE, DELETE or TRUNCATE privilege
-- on the table (docs/database-grants.md), so a refusal there comes first, from the permission check.
--
-- Only the table's owner (the role that runs Flyway) can disable or drop these triggers, and doing so is a
-- schema change that belongs in a reviewed migration.
--
-- snapshotevententry is left alone on purpose: snapshots are a cache that Axon may prune and rebuild.

CREATE FUNCTION domainevententry_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'domainevententry is append-only: % is refused', TG_OP
        USING ERRCODE = 'P0001',
              DETAIL = 'Recorded events are never updated or deleted.',
              HINT = 'To fix a recorded act, record a correction (POST /api/drives/{driveId}/corrections).';
END;
$$;

COMMENT ON FUNCTION domainevententry_is_append_only() IS
    'Refuses UPDATE, DELETE and TRUNCATE of domainevententry: events are only ever appended (V3).';

-- Row triggers: fire for every row an UPDATE or DELETE would touch, before it is touched.
CREATE TRIGGER domainevententry_no_update
    BEFORE UPDATE ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION domainevententry_is_append_only();

CREATE TRIGGER domainevententry_no_delete
    BEFORE DELETE ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION domainevententry_is_append_only();

-- TRUNCATE does not visit rows, so it needs a statement trigger.
CREATE TRIGGER domainevententry_no_truncate
    BEFORE TRUNCATE ON domainevententry
    FOR EACH STATEMENT EXECUTE FUNCTION domainevententry_is_append_only();
