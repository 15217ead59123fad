package th.go.mol.oneplan.drive.fieldwork;

import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.RuleContext;
import th.go.mol.oneplan.drive.kpi.KpiLevel;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanRules;
import th.go.mol.oneplan.geography.Subdistrict;

/**
 * The rules of a field visit, as logged or as corrected: on a day an approved plan was in force, for a project of
 * that version, at one of its pilot sites, with counts and texts within the API's limits.
 */
public final class FieldVisitRules {
    /** The limits the HTTP API also states. */
    public static final int VENUE_MAX = 500;
    public static final int AGENCIES_MAX = 100;
    public static final int AGENCY_MAX = 200;
    public static final int SERVICES_MAX = 100;
    public static final int SERVICE_MAX = 500;
    public static final int PEOPLE_REACHED_MAX = 1_000_000;

    private FieldVisitRules() {
    }

    public static void check(FieldVisitLogged visit, RuleContext c) {
        c.date(visit.businessDate(), visit.lateRecord(), "visitDate");
        Subdistrict site = PlanRules.siteInProvince(visit.siteSubdistrictCode(), c.provinceCode(), c.geography(),
                "siteSubdistrictCode");
        String projectCode = Require.text(visit.planProjectCode(), "planProjectCode", PlanRules.PROJECT_CODE_MAX);
        if (c.dateMoved()) {
            underPlanInForce(visit, site, projectCode, c);
        }
        Require.between(visit.peopleReached(), c.field("peopleReached"), 0, PEOPLE_REACHED_MAX);
        PlanWorkRules.amount(visit.amountSpentSatang(), c);
        Require.text(visit.venue(), c.field("venue"), VENUE_MAX);
        Require.texts(visit.agenciesPresent(), "agenciesPresent", AGENCIES_MAX, AGENCY_MAX);
        Require.texts(visit.servicesDelivered(), "servicesDelivered", SERVICES_MAX, SERVICE_MAX);
    }

    private static void underPlanInForce(FieldVisitLogged visit, Subdistrict site, String projectCode, RuleContext c) {
        if (!c.kpi().reachedBy(KpiLevel.LEVEL_2, visit.businessDate())) {
            throw new RuleViolation("field-visit-needs-approved-plan",
                    "field visits carry out an approved One Plan; none was approved on or before " + visit.businessDate());
        }
        PlanProject project = PlanRules.projectInForce(c.history(), projectCode, visit.businessDate());
        // A visit goes to the pilot sites the plan chose for the project; a project that lists none goes anywhere.
        if (!project.pilotSites().isEmpty() && !project.pilotSites().contains(site.code())) {
            throw new RuleViolation("pilot-site-of-project", "subdistrict " + site.code() + " (" + site.nameTh()
                    + ") is not a pilot site of project " + projectCode + " in the plan version in force on "
                    + visit.businessDate() + "; its pilot sites are " + project.pilotSites());
        }
    }
}
