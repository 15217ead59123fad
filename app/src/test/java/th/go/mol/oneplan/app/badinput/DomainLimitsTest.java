package th.go.mol.oneplan.app.badinput;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import th.go.mol.oneplan.command.drive.OfficerBody;
import th.go.mol.oneplan.command.fieldwork.LogFieldVisitRequest;
import th.go.mol.oneplan.command.fieldwork.RecordActivityRequest;
import th.go.mol.oneplan.command.inspection.RecordInspectionRequest;
import th.go.mol.oneplan.command.meeting.RecordMeetingRequest;
import th.go.mol.oneplan.command.plan.ProjectBody;
import th.go.mol.oneplan.command.plan.WritePlanRequest;
import th.go.mol.oneplan.command.reporting.SubmitMonthlyReportRequest;
import th.go.mol.oneplan.command.reporting.SubmitOneGoalSummaryRequest;
import th.go.mol.oneplan.command.workinggroup.AmendWorkingGroupRequest;
import th.go.mol.oneplan.command.workinggroup.AppointWorkingGroupRequest;
import th.go.mol.oneplan.drive.DriveStartRules;
import th.go.mol.oneplan.drive.budget.BudgetRules;
import th.go.mol.oneplan.drive.fieldwork.ActivityRules;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitRules;
import th.go.mol.oneplan.drive.inspection.InspectionRules;
import th.go.mol.oneplan.drive.meeting.MeetingRules;
import th.go.mol.oneplan.drive.plan.PlanRules;
import th.go.mol.oneplan.drive.reporting.MonthlyReportRules;
import th.go.mol.oneplan.drive.reporting.OneGoalSummaryRules;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupRules;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits a request body states (bean validation, and so the OpenAPI description) are the limits the domain's
 * rule classes hold an act to, so that a correction cannot take a field beyond what the command would accept.
 */
class DomainLimitsTest {

    static Stream<Arguments> correctableFields() {
        return Stream.of(
                Arguments.of(OfficerBody.class, "name", DriveStartRules.NAME_MAX),
                Arguments.of(OfficerBody.class, "position", DriveStartRules.NAME_MAX),
                Arguments.of(AppointWorkingGroupRequest.class, "orderNumber", WorkingGroupRules.ORDER_NUMBER_MAX),
                Arguments.of(AppointWorkingGroupRequest.class, "signedBy", WorkingGroupRules.NAME_MAX),
                Arguments.of(AmendWorkingGroupRequest.class, "orderNumber", WorkingGroupRules.ORDER_NUMBER_MAX),
                Arguments.of(AmendWorkingGroupRequest.class, "reason", WorkingGroupRules.REASON_MAX),
                Arguments.of(RecordMeetingRequest.class, "chair", MeetingRules.CHAIR_MAX),
                Arguments.of(RecordMeetingRequest.class, "attendees", MeetingRules.ATTENDEES_MAX),
                Arguments.of(RecordMeetingRequest.class, "resolutions", MeetingRules.RESOLUTIONS_MAX),
                Arguments.of(WritePlanRequest.class, "oneGoal", PlanRules.ONE_GOAL_MAX),
                Arguments.of(WritePlanRequest.class, "reason", PlanRules.REASON_MAX),
                Arguments.of(WritePlanRequest.class, "projects", PlanRules.PROJECTS_MAX),
                Arguments.of(WritePlanRequest.class, "inspectionEventId", PlanRules.EVENT_ID_MAX),
                Arguments.of(ProjectBody.class, "projectCode", PlanRules.PROJECT_CODE_MAX),
                Arguments.of(ProjectBody.class, "name", PlanRules.PROJECT_NAME_MAX),
                Arguments.of(ProjectBody.class, "partnerAgency", PlanRules.PARTNER_MAX),
                Arguments.of(ProjectBody.class, "targetGroup", PlanRules.TARGET_GROUP_MAX),
                Arguments.of(ProjectBody.class, "targetHeadcount", PlanRules.TARGET_HEADCOUNT_MAX),
                Arguments.of(ProjectBody.class, "pilotSites", PlanRules.PILOT_SITES_MAX),
                Arguments.of(ProjectBody.class, "allocations", PlanRules.ALLOCATIONS_MAX),
                Arguments.of(LogFieldVisitRequest.class, "venue", FieldVisitRules.VENUE_MAX),
                Arguments.of(LogFieldVisitRequest.class, "peopleReached", FieldVisitRules.PEOPLE_REACHED_MAX),
                Arguments.of(LogFieldVisitRequest.class, "agenciesPresent", FieldVisitRules.AGENCIES_MAX),
                Arguments.of(LogFieldVisitRequest.class, "servicesDelivered", FieldVisitRules.SERVICES_MAX),
                Arguments.of(LogFieldVisitRequest.class, "planProjectCode", PlanRules.PROJECT_CODE_MAX),
                Arguments.of(RecordActivityRequest.class, "participants", ActivityRules.PARTICIPANTS_MAX),
                Arguments.of(RecordActivityRequest.class, "description", ActivityRules.DESCRIPTION_MAX),
                Arguments.of(RecordInspectionRequest.class, "inspector", InspectionRules.INSPECTOR_MAX),
                Arguments.of(RecordInspectionRequest.class, "findings", InspectionRules.FINDINGS_MAX),
                Arguments.of(RecordInspectionRequest.class, "recommendations", InspectionRules.RECOMMENDATIONS_MAX),
                Arguments.of(SubmitMonthlyReportRequest.class, "letterNumber", MonthlyReportRules.LETTER_NUMBER_MAX),
                Arguments.of(SubmitMonthlyReportRequest.class, "summary", MonthlyReportRules.SUMMARY_MAX),
                Arguments.of(SubmitOneGoalSummaryRequest.class, "letterNumber", OneGoalSummaryRules.LETTER_NUMBER_MAX),
                Arguments.of(SubmitOneGoalSummaryRequest.class, "results", OneGoalSummaryRules.RESULTS_MAX),
                Arguments.of(SubmitOneGoalSummaryRequest.class, "peopleReached", OneGoalSummaryRules.PEOPLE_REACHED_MAX),
                Arguments.of(th.go.mol.oneplan.command.budget.ReallocateBudgetRequest.class, "reason",
                        BudgetRules.REASON_MAX));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("correctableFields")
    void the_request_states_the_limit_the_domain_holds_the_act_to(Class<?> body, String field, long domainLimit)
            throws NoSuchFieldException {
        var declared = body.getDeclaredField(field);
        Size size = declared.getAnnotation(Size.class);
        Max max = declared.getAnnotation(Max.class);
        Long stated = size != null ? Long.valueOf(size.max()) : max != null ? Long.valueOf(max.value()) : null;
        assertThat(stated).as("the limit of %s.%s", body.getSimpleName(), field).isEqualTo(domainLimit);
    }
}
