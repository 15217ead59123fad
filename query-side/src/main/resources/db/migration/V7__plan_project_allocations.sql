-- Plan projects now carry a list of allocations (PlanDrafted / PlanRevised revision 2). The event store is not
-- touched: PlanProjectAllocationsUpcaster reads old events as revision 2. drive_act keeps each act as it reads,
-- so its stored plan versions are rewritten here the same way the upcaster reads them: a project's budgetSatang
-- and budgetSource become its one allocation, owned by the agency (and partner) that owned the project.
UPDATE drive_act
   SET payload = jsonb_set(payload, '{projects}', (
           SELECT COALESCE(jsonb_agg(
                      CASE WHEN project ? 'allocations' THEN project
                           ELSE (project - 'budgetSatang' - 'budgetSource')
                                || jsonb_build_object('allocations', jsonb_build_array(jsonb_build_object(
                                       'budgetSource', project -> 'budgetSource',
                                       'agency', project -> 'owningAgency',
                                       'partnerAgency', project -> 'partnerAgency',
                                       'amountSatang', project -> 'budgetSatang')))
                      END ORDER BY ordinal), '[]'::jsonb)
             FROM jsonb_array_elements(payload -> 'projects') WITH ORDINALITY AS p(project, ordinal)))
 WHERE event_type IN ('PlanDrafted', 'PlanRevised')
   AND jsonb_typeof(payload -> 'projects') = 'array';
