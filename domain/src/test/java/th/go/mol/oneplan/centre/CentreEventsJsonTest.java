package th.go.mol.oneplan.centre;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.centre.SuratThaniCentres.*;

/**
 * The centre events read back as written through JSON configured as the event store's mapper is (the app's
 * EventStoreSerialization): records, enums, flags and ISO dates survive the round trip, and the JSON names
 * the fields as the records do, since those names are now part of the stored record.
 */
class CentreEventsJsonTest {
    private static final ObjectMapper EVENT_STORE_LIKE = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    @Test
    void every_centre_event_reads_back_equal() throws Exception {
        List<Object> events = List.of(declared(), designated(TALAT), talatEstablished(), talatCommitteeAppointed(),
                new CentreCommitteeAmended(TALAT_CENTRE, List.of(VOLUNTEER), List.of("นายเก่า"), "why",
                        LocalDate.of(2020, 2, 3), recording(4)),
                new CoreTeamMentorAssigned(TALAT_CENTRE, "mentor", "agency", LocalDate.of(2020, 1, 27),
                        recording(5)),
                talatPlanSubmitted(),
                new QualityOfLifePlanSubmitted(TALAT_CENTRE, "plan-2", 2564, List.of(new PlanItem(
                        PlanItemCategory.OCCUPATION_AND_INCOME, "ออม", 5_000_00L, FundingSource.OTHER, "มูลนิธิ")),
                        LocalDate.of(2020, 2, 8), recording(6)),
                new PlanFundingRecorded(TALAT_CENTRE, "plan-1", List.of(
                        new FundingDecision(1, FundingOutcome.GRANTED, 120_000_00L, null),
                        new FundingDecision(2, FundingOutcome.REFUSED, 0, "ซ้ำ")), "พิมพ์ผิด",
                        LocalDate.of(2020, 2, 7), recording(7)),
                new CentreFollowUpRecorded(TALAT_CENTRE, PdcaStage.CHECK, "findings", null, LocalDate.of(2020, 2, 5),
                        recording(8)),
                new YearlyEvaluationRecorded(TALAT_CENTRE, 2563, "summary", "lessons", LocalDate.of(2020, 10, 15),
                        recording(9)),
                talatGrievanceRecorded(),
                new GrievanceRecorded(TALAT_CENTRE, "grievance-2", WORKER, GrievanceTopic.OTHER, "ที่ดิน",
                        GrievanceChannel.LINE, GRIEVANCE_ON, recording(10)),
                new GrievanceResolved(TALAT_CENTRE, "grievance-1", "resolved", LocalDate.of(2020, 2, 9),
                        recording(11)));
        for (Object event : events) {
            String json = EVENT_STORE_LIKE.writeValueAsString(event);
            assertThat(EVENT_STORE_LIKE.readValue(json, event.getClass())).as(json).isEqualTo(event);
        }
    }

    @Test
    void a_committee_member_is_stored_with_its_role_and_both_flags_by_name() throws Exception {
        String json = EVENT_STORE_LIKE.writeValueAsString(LOCAL_GOVERNMENT);
        assertThat(json).contains("\"role\":\"ADVISOR\"", "\"labourVolunteer\":false",
                "\"localGovernmentRepresentative\":true", "\"organisation\":\"เทศบาลเมืองสุราษฎร์ธานี\"");
    }

    @Test
    void plan_items_and_decisions_are_stored_with_enums_by_name_and_amounts_in_satang() throws Exception {
        String plan = EVENT_STORE_LIKE.writeValueAsString(talatPlanSubmitted());
        assertThat(plan).contains("\"planId\":\"plan-1\"", "\"fiscalYear\":2563",
                "\"category\":\"OCCUPATIONAL_HEALTH\"", "\"requestedSatang\":8000000",
                "\"source\":\"THAIHEALTH\"", "\"businessDate\":\"2020-01-31\"");
        String funding = EVENT_STORE_LIKE.writeValueAsString(new PlanFundingRecorded(TALAT_CENTRE, "plan-1",
                List.of(new FundingDecision(1, FundingOutcome.GRANTED, 120_000_00L, null)), null,
                LocalDate.of(2020, 2, 7), recording(7)));
        assertThat(funding).contains("\"itemNumber\":1", "\"outcome\":\"GRANTED\"",
                "\"grantedSatang\":12000000");
    }

    @Test
    void a_grievance_is_stored_with_the_worker_id_and_no_other_personal_field() throws Exception {
        String json = EVENT_STORE_LIKE.writeValueAsString(talatGrievanceRecorded());
        assertThat(EVENT_STORE_LIKE.readTree(json).fieldNames()).toIterable().containsExactly("centreId",
                "grievanceId", "workerId", "topic", "otherTopic", "channel", "businessDate", "recording");
        assertThat(json).contains("\"workerId\":\"" + WORKER + "\"", "\"topic\":\"SOCIAL_SECURITY\"",
                "\"channel\":\"IN_PERSON\"");
    }
}
