package th.go.mol.oneplan.drive.fieldwork;

import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RuleContext;
import th.go.mol.oneplan.drive.kpi.KpiLevel;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanRules;
import th.go.mol.oneplan.geography.SubdistrictRules;

import java.util.Optional;

/**
 * The rules of a field visit, as logged or as corrected: on a day an approved plan was in force, for a project of
 * that version, with counts and texts within the API's limits. A visit to a site the plan does not list for the
 * project is recorded and flagged ({@link #outsidePlanInForce}), not refused.
 */
public final class FieldVisitRules {
    /** The limits the HTTP API also states. */
    public static final int VENUE_MAX = 500;
    public static final int AGENCIES_MAX = 100;
    public static final int AGENCY_MAX = 200;
    public static final int SERVICES_MAX = 100;
    public static final int SERVICE_MAX = 500;
    public static final int PEOPLE_REACHED_MAX = 1_000_000;
    /** How the flag of a visit outside the plan in force begins. */
    public static final String OUTSIDE = "outside the plan in force: ";

    private FieldVisitRules() {
    }

    public static void check(FieldVisitLogged visit, RuleContext c) {
        c.date(visit.businessDate(), visit.lateRecord(), "visitDate");
        SubdistrictRules.inProvince(visit.siteSubdistrictCode(), c.provinceCode(), "siteSubdistrictCode",
                c.geography());
        String projectCode = Require.text(visit.planProjectCode(), "planProjectCode", PlanRules.PROJECT_CODE_MAX);
        if (c.dateMoved()) {
            underPlanInForce(visit, projectCode, c);
        }
        Require.between(visit.peopleReached(), c.field("peopleReached"), 0, PEOPLE_REACHED_MAX);
        PlanWorkRules.amount(visit.amountSpentSatang(), c);
        Require.text(visit.venue(), c.field("venue"), VENUE_MAX);
        Require.texts(visit.agenciesPresent(), "agenciesPresent", AGENCIES_MAX, AGENCY_MAX);
        Require.texts(visit.servicesDelivered(), "servicesDelivered", SERVICES_MAX, SERVICE_MAX);
        VisitedCentreRules.centre(visit.centreId(), c.provinceCode(), c.geography(), "centreId");
        WorkersServedRules.distinct(visit.workerIds(), "workerIds");
    }

    private static void underPlanInForce(FieldVisitLogged visit, String projectCode, RuleContext c) {
        if (!c.kpi().reachedBy(KpiLevel.LEVEL_2, visit.businessDate())) {
            throw new RuleViolation("field-visit-needs-approved-plan",
                    "field visits carry out an approved One Plan; none was approved on or before " + visit.businessDate());
        }
        PlanRules.projectInForce(c.history(), projectCode, visit.businessDate());
    }

    /**
     * Why the visit lies outside the plan version in force on its day, or empty when it does not. A ledger records
     * what happened: a visit to a subdistrict that the plan in force does not list for the project (the Trang
     * source has such visits after the revision of 2019-04-17 narrowed the plan to one site) is recorded, not
     * refused, and this is the flag the inspector sees beside it. Derived from the acts as they read now, so a
     * correction of the visit's date or of the plan moves the flag with it. A project that lists no pilot sites
     * may be visited anywhere in the province.
     */
    public static Optional<String> outsidePlanInForce(FieldVisitLogged visit, DriveHistory history) {
        PlanProject project;
        try {
            project = PlanRules.projectInForce(history, visit.planProjectCode(), visit.businessDate());
        } catch (RuleViolation notInForce) {
            // Recorded while it was in force; a later correction of the plan or of the visit's date took it out.
            return Optional.of(OUTSIDE + notInForce.getMessage());
        }
        if (project.pilotSites().isEmpty() || project.pilotSites().contains(visit.siteSubdistrictCode())) {
            return Optional.empty();
        }
        return Optional.of(OUTSIDE + "subdistrict " + visit.siteSubdistrictCode() + " (" + visit.siteNameTh()
                + ") is not a pilot site of project " + visit.planProjectCode() + " in the plan version in force on "
                + visit.businessDate() + "; its pilot sites are " + project.pilotSites());
    }
}
