package th.go.mol.oneplan.query.audit;

import th.go.mol.oneplan.common.ThaiDates;
import th.go.mol.oneplan.drive.AgendaItemsSelected;
import th.go.mol.oneplan.drive.DriveEvent;
import th.go.mol.oneplan.drive.ProvincialDriveStarted;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.drive.budget.BudgetReallocated;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiLevelLost;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;
import th.go.mol.oneplan.drive.kpi.KpiReassessed;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.plan.PlanDrafted;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanRevised;
import th.go.mol.oneplan.drive.plan.PlanVersionRecorded;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.OneGoalSummarySubmitted;
import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.drive.workinggroup.Sector;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAmended;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;
import th.go.mol.oneplan.query.Baht;

import java.text.NumberFormat;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The audit trail's one-line English summary of each kind of event, e.g. "Plan version 2 written: 3 projects,
 * budget 311,200.00 baht; reason: ...". All the wording is here, so the trail reads alike throughout. Free
 * texts typed by officers are kept on one line and shortened; the full text is in the drive's detail.
 */
public final class AuditSummaries {
    /** Long enough for a finding's gist, short enough for one line of the trail. */
    static final int FREE_TEXT_LIMIT = 160;

    private AuditSummaries() {
    }

    public static String of(DriveEvent event) {
        if (event instanceof ProvincialDriveStarted e) {
            return "Drive of " + e.provinceNameEn() + " (" + e.provinceNameTh() + ") for fiscal year " + e.fiscalYear()
                    + " started; lead officer " + e.leadOfficer().name() + ", " + e.leadOfficer().position()
                    + ", assigned on " + e.businessDate();
        }
        if (event instanceof AgendaItemsSelected e) {
            return (e.items().size() == 1 ? "A1 agenda item " : "A1 agenda items ")
                    + e.items().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " selected at meeting " + e.meetingNumber();
        }
        if (event instanceof WorkingGroupAppointed e) {
            return "Working group appointed by order " + e.orderNumber() + " signed by " + e.signedBy() + ", "
                    + plural(e.members().size(), "member", "members") + " (" + bySector(e.members()) + ")";
        }
        if (event instanceof WorkingGroupAmended e) {
            List<String> changes = new ArrayList<>();
            if (!e.membersAdded().isEmpty()) {
                changes.add("added " + e.membersAdded().stream().map(Member::name).collect(Collectors.joining(", ")));
            }
            if (!e.membersRemoved().isEmpty()) {
                changes.add("removed " + String.join(", ", e.membersRemoved()));
            }
            String order = blank(e.orderNumber()) ? " (no order number)" : " by order " + e.orderNumber();
            return "Working group amended" + order + ": " + String.join("; ", changes) + "; reason: " + oneLine(e.reason());
        }
        if (event instanceof MeetingRecorded e) {
            return meetingKind(e.meetingType()) + " meeting " + e.meetingNumber() + " chaired by " + e.chair() + ": "
                    + plural(e.attendees().size(), "attendee", "attendees") + ", "
                    + plural(e.resolutions().size(), "resolution", "resolutions");
        }
        if (event instanceof PlanDrafted e) {
            return "Plan version " + e.version() + " drafted: " + projectsAndBudget(e) + "; One Goal: " + oneLine(e.oneGoal());
        }
        if (event instanceof PlanRevised e) {
            String inspection = blank(e.inspectionEventId()) ? "" : " (following inspection " + e.inspectionEventId() + ")";
            return "Plan version " + e.version() + " written: " + projectsAndBudget(e) + "; reason: " + oneLine(e.reason())
                    + inspection;
        }
        if (event instanceof PlanApproved e) {
            return "Plan version " + e.version() + " approved at meeting " + e.meetingNumber();
        }
        if (event instanceof FieldVisitLogged e) {
            StringBuilder text = new StringBuilder("Field visit to " + e.siteNameTh() + " (" + e.siteSubdistrictCode()
                    + ") for project " + e.planProjectCode() + ": " + plural(e.peopleReached(), "person", "people")
                    + " reached");
            if (e.amountSpentSatang() != 0) {
                text.append("; spent ").append(Baht.text(e.amountSpentSatang())).append(from(e.fundedBy()));
            }
            if (!e.servicesDelivered().isEmpty()) {
                text.append("; services: ").append(oneLine(String.join(", ", e.servicesDelivered())));
            }
            if (!e.agenciesPresent().isEmpty()) {
                text.append("; agencies: ").append(oneLine(String.join(", ", e.agenciesPresent())));
            }
            return text.toString();
        }
        if (event instanceof ActivityRecorded e) {
            return "Activity at " + e.siteNameTh() + " (" + e.siteSubdistrictCode() + ") for project "
                    + e.planProjectCode() + " by " + e.agency() + ": " + plural(e.participants(), "participant",
                    "participants") + ", spent " + Baht.text(e.amountSpentSatang()) + from(e.fundedBy()) + "; "
                    + oneLine(e.description());
        }
        if (event instanceof BudgetReallocated e) {
            return "Budget reallocated: " + Baht.text(e.amountSatang()) + " from project " + e.fromProjectCode()
                    + from(e.fromAllocation()) + " to project " + e.toProjectCode() + from(e.toAllocation())
                    + "; reason: " + oneLine(e.reason());
        }
        if (event instanceof InspectionRecorded e) {
            return "Inspection by " + e.inspector() + ": "
                    + plural(e.recommendations().size(), "recommendation", "recommendations") + "; findings: "
                    + oneLine(e.findings());
        }
        if (event instanceof MonthlyReportSubmitted e) {
            String period = e.periodFrom().equals(e.periodTo()) ? e.periodFrom().toString()
                    : e.periodFrom() + " to " + e.periodTo();
            String letter = blank(e.letterNumber()) ? "" : " by letter " + e.letterNumber();
            return "Report on form " + e.form().code() + " for " + period + " submitted" + letter;
        }
        if (event instanceof OneGoalSummarySubmitted e) {
            return "One Goal summary submitted by letter " + e.letterNumber() + ": "
                    + plural(e.peopleReached(), "person", "people") + " reached";
        }
        if (event instanceof RecordCorrected e) {
            return "Correction of " + e.correctsEventId() + " (" + e.correctedEventType() + "): "
                    + e.corrections().stream().map(AuditSummaries::correction).collect(Collectors.joining(", "))
                    + "; what was wrong: " + oneLine(e.whatWasWrong());
        }
        if (event instanceof KpiLevelReached e) {
            return "KPI level " + e.level() + " reached on " + e.businessDate() + "; evidence: "
                    + e.evidence().stream().map(Evidence::eventId).collect(Collectors.joining(", "));
        }
        if (event instanceof KpiReassessed e) {
            return "KPI rules in force applied again; levels recorded again: " + e.levelsChanged().stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")) + "; reason: " + oneLine(e.reason());
        }
        if (event instanceof KpiLevelLost e) {
            return "KPI level " + e.level() + " lost (had been reached on " + e.previouslyReachedOn() + "): "
                    + oneLine(e.because());
        }
        return event.getClass().getSimpleName() + " recorded";
    }

    private static String correction(FieldCorrection c) {
        String value = c.textValue();
        return c.field() + " -> " + (value.isEmpty() ? "(none)" : isDateField(c.field()) ? isoDate(value) : oneLine(value));
    }

    /** Dates are named like {@code visitDate} or {@code submittedOn} in every act. */
    private static boolean isDateField(String field) {
        return field.endsWith("Date") || field.endsWith("On");
    }

    /** A corrected date as the act now reads it, however the officer typed it (e.g. in BE). */
    private static String isoDate(String typed) {
        try {
            return ThaiDates.parse(typed).toString();
        } catch (DateTimeException e) {
            return oneLine(typed);
        }
    }

    /** " (CENTRAL_MINISTRY of EMPLOYMENT_OFFICE)" when the act names its allocation, else nothing. */
    private static String from(AllocationRef allocation) {
        return allocation == null ? "" : " (" + oneLine(allocation.toString()) + ")";
    }

    private static String projectsAndBudget(PlanVersionRecorded version) {
        long satang = version.projects().stream().mapToLong(PlanProject::budgetSatang).sum();
        return plural(version.projects().size(), "project", "projects") + ", budget " + Baht.text(satang);
    }

    private static String bySector(Collection<Member> members) {
        List<String> counts = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            long n = members.stream().filter(m -> m.sector() == sector).count();
            counts.add(sector.name().toLowerCase(Locale.ROOT) + " " + n);
        }
        return String.join(", ", counts);
    }

    private static String meetingKind(MeetingType type) {
        return switch (type) {
            case WORKING_GROUP -> "Working-group";
            case HEADS_OF_AGENCIES -> "Heads-of-agencies";
            case OTHER -> "Other";
        };
    }

    private static String plural(long count, String one, String many) {
        return NumberFormat.getIntegerInstance(Locale.US).format(count) + " " + (count == 1 ? one : many);
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= FREE_TEXT_LIMIT ? line : line.substring(0, FREE_TEXT_LIMIT - 1).stripTrailing() + "…";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
