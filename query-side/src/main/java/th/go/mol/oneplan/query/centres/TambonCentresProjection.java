package th.go.mol.oneplan.query.centres;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.centre.CentreCommitteeAmended;
import th.go.mol.oneplan.centre.CentreCommitteeAppointed;
import th.go.mol.oneplan.centre.CommitteeMember;
import th.go.mol.oneplan.centre.CoreTeamMentorAssigned;
import th.go.mol.oneplan.centre.PilotCentreDesignated;
import th.go.mol.oneplan.centre.PilotProgrammeDeclared;
import th.go.mol.oneplan.centre.PilotProgrammeId;
import th.go.mol.oneplan.centre.TambonCentreEstablished;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.geography.District;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Province;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.RecordedColumns;

import java.time.LocalDate;
import java.util.List;

/**
 * Folds the pilot programmes' and tambon centres' events into {@code pilot_programme}, {@code pilot_designation},
 * {@code tambon_centre}, {@code centre_committee_member} (the committee as it reads now) and
 * {@code centre_mentor}. Each row keeps the id of the event that put it there ({@code <aggregateId>/<n>}, the id
 * the write side answered) and who recorded it when. A re-delivered event changes nothing.
 */
@Component
@Profile("!command")
@ProcessingGroup(TambonCentresProjection.GROUP)
@AllowReplay
public class TambonCentresProjection {
    public static final String GROUP = "tambon-centres";

    private final NamedParameterJdbcTemplate jdbc;
    private final Geography geography;

    public TambonCentresProjection(NamedParameterJdbcTemplate jdbc, Geography geography) {
        this.jdbc = jdbc;
        this.geography = geography;
    }

    @EventHandler
    void on(PilotProgrammeDeclared declared, @SequenceNumber long sequence) {
        jdbc.update("""
                        INSERT INTO pilot_programme (programme_id, province_code, province_name_th, fiscal_year, name,
                                                     declared_on, event_id, recorded_by, recorded_at)
                        VALUES (:programmeId, :provinceCode, :provinceNameTh, :fiscalYear, :name, :declaredOn,
                                :eventId, :recordedBy, :recordedAt)
                        ON CONFLICT DO NOTHING""",
                RecordedColumns.of(declared.programmeId(), sequence, declared.recording())
                        .addValue("programmeId", declared.programmeId())
                        .addValue("provinceCode", declared.provinceCode())
                        .addValue("provinceNameTh", declared.provinceNameTh())
                        .addValue("fiscalYear", declared.fiscalYear())
                        .addValue("name", declared.name())
                        .addValue("declaredOn", declared.businessDate()));
    }

    @EventHandler
    void on(PilotCentreDesignated designated, @SequenceNumber long sequence) {
        jdbc.update("""
                        INSERT INTO pilot_designation (programme_id, district_code, centre_id, subdistrict_code,
                                                       subdistrict_name_th, designated_on, event_id, recorded_by,
                                                       recorded_at)
                        VALUES (:programmeId, :districtCode, :centreId, :subdistrictCode, :subdistrictNameTh,
                                :designatedOn, :eventId, :recordedBy, :recordedAt)
                        ON CONFLICT DO NOTHING""",
                RecordedColumns.of(designated.programmeId(), sequence, designated.recording())
                        .addValue("programmeId", designated.programmeId())
                        .addValue("districtCode", designated.districtCode())
                        .addValue("centreId", designated.centreId())
                        .addValue("subdistrictCode", designated.subdistrictCode())
                        .addValue("subdistrictNameTh", designated.subdistrictNameTh())
                        .addValue("designatedOn", designated.businessDate()));
    }

    @EventHandler
    void on(TambonCentreEstablished established, @SequenceNumber long sequence) {
        // The event names the subdistrict; the district's and province's Thai names are the geography's, so that
        // a centre reads on its own.
        jdbc.update("""
                        INSERT INTO tambon_centre (centre_id, subdistrict_code, subdistrict_name_th, district_code,
                                                   district_name_th, province_code, province_name_th, venue_kind,
                                                   venue_name, established_on, pilot, programme_id, fiscal_year,
                                                   event_id, recorded_by, recorded_at)
                        VALUES (:centreId, :subdistrictCode, :subdistrictNameTh, :districtCode, :districtNameTh,
                                :provinceCode, :provinceNameTh, :venueKind, :venueName, :establishedOn, :pilot,
                                :programmeId, :fiscalYear, :eventId, :recordedBy, :recordedAt)
                        ON CONFLICT DO NOTHING""",
                RecordedColumns.of(established.centreId(), sequence, established.recording())
                        .addValue("centreId", established.centreId())
                        .addValue("subdistrictCode", established.subdistrictCode())
                        .addValue("subdistrictNameTh", established.subdistrictNameTh())
                        .addValue("districtCode", established.districtCode())
                        .addValue("districtNameTh", geography.districtsOf(established.provinceCode()).stream()
                                .filter(d -> d.code() == established.districtCode()).map(District::nameTh)
                                .findFirst().orElse(null))
                        .addValue("provinceCode", established.provinceCode())
                        .addValue("provinceNameTh", geography.province(established.provinceCode())
                                .map(Province::nameTh).orElse(null))
                        .addValue("venueKind", established.venue().kind().name())
                        .addValue("venueName", established.venue().name())
                        .addValue("establishedOn", established.businessDate())
                        .addValue("pilot", established.pilot())
                        .addValue("programmeId", established.programmeId())
                        .addValue("fiscalYear", PilotProgrammeId.parse(established.programmeId(), "programmeId")
                                .fiscalYear().beYear()));
    }

    @EventHandler
    void on(CentreCommitteeAppointed appointed, @SequenceNumber long sequence) {
        String eventId = RecordedColumns.eventId(appointed.centreId(), sequence);
        if (alreadyFolded(appointed.centreId(), eventId)) {
            return;
        }
        addMembers(appointed.centreId(), appointed.members(), appointed.businessDate(), sequence,
                appointed.recording());
    }

    @EventHandler
    void on(CentreCommitteeAmended amended, @SequenceNumber long sequence) {
        String eventId = RecordedColumns.eventId(amended.centreId(), sequence);
        if (alreadyFolded(amended.centreId(), eventId)) {
            return;
        }
        if (!amended.membersRemoved().isEmpty()) {
            jdbc.update("DELETE FROM centre_committee_member WHERE centre_id = :centreId AND name IN (:names)",
                    new MapSqlParameterSource().addValue("centreId", amended.centreId())
                            .addValue("names", amended.membersRemoved()));
        }
        addMembers(amended.centreId(), amended.membersAdded(), amended.businessDate(), sequence,
                amended.recording());
    }

    @EventHandler
    void on(CoreTeamMentorAssigned assigned, @SequenceNumber long sequence) {
        jdbc.update("""
                        INSERT INTO centre_mentor (event_id, centre_id, mentor_name, agency, assigned_on, recorded_by,
                                                   recorded_at)
                        VALUES (:eventId, :centreId, :mentorName, :agency, :assignedOn, :recordedBy, :recordedAt)
                        ON CONFLICT DO NOTHING""",
                RecordedColumns.of(assigned.centreId(), sequence, assigned.recording())
                        .addValue("centreId", assigned.centreId())
                        .addValue("mentorName", assigned.mentorName())
                        .addValue("agency", assigned.agency())
                        .addValue("assignedOn", assigned.businessDate()));
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("TRUNCATE TABLE pilot_programme, pilot_designation, tambon_centre,"
                + " centre_committee_member, centre_committee_event, centre_mentor");
    }

    /** Marks a committee event folded in; false when it already was (a re-delivery). */
    private boolean alreadyFolded(String centreId, String eventId) {
        return jdbc.update("""
                        INSERT INTO centre_committee_event (centre_id, event_id) VALUES (:centreId, :eventId)
                        ON CONFLICT DO NOTHING""",
                new MapSqlParameterSource().addValue("centreId", centreId).addValue("eventId", eventId)) == 0;
    }

    private void addMembers(String centreId, List<CommitteeMember> members, LocalDate since, long sequence,
                            Recording recording) {
        for (CommitteeMember member : members) {
            jdbc.update("""
                            INSERT INTO centre_committee_member (centre_id, name, role, labour_volunteer,
                                                                 local_government_representative, organisation,
                                                                 since, event_id, recorded_by, recorded_at)
                            VALUES (:centreId, :name, :role, :labourVolunteer, :localGovernment, :organisation,
                                    :since, :eventId, :recordedBy, :recordedAt)""",
                    RecordedColumns.of(centreId, sequence, recording)
                            .addValue("centreId", centreId)
                            .addValue("name", member.name())
                            .addValue("role", member.role().name())
                            .addValue("labourVolunteer", member.labourVolunteer())
                            .addValue("localGovernment", member.localGovernmentRepresentative())
                            .addValue("organisation", member.organisation())
                            .addValue("since", since));
        }
    }
}
