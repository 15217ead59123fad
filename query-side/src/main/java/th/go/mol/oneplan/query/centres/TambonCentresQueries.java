package th.go.mol.oneplan.query.centres;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.centre.CentreCommitteeRules;
import th.go.mol.oneplan.centre.CommitteeMember;
import th.go.mol.oneplan.centre.CommitteeRole;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.geography.District;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.query.Columns;

import java.sql.Types;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers for pilot programmes and tambon centres from the tables {@link TambonCentresProjection} keeps. */
@Component
@Profile("!command")
public class TambonCentresQueries {
    private final NamedParameterJdbcTemplate jdbc;
    private final Geography geography;

    public TambonCentresQueries(NamedParameterJdbcTemplate jdbc, Geography geography) {
        this.jdbc = jdbc;
        this.geography = geography;
    }

    /** Empty when no programme has that id. */
    @QueryHandler
    public Optional<ProgrammeCoverage> handle(FindProgrammeCoverage query) {
        Map<String, Object> programme = Map.of("programmeId", query.programmeId());
        Map<Integer, DistrictPilot> pilots = new HashMap<>();
        jdbc.query("""
                        SELECT d.district_code, d.centre_id, d.subdistrict_code, d.subdistrict_name_th, d.designated_on,
                               d.event_id, d.recorded_by, d.recorded_at, c.centre_id IS NOT NULL AS established
                          FROM pilot_designation d
                          LEFT JOIN tambon_centre c ON c.centre_id = d.centre_id
                         WHERE d.programme_id = :programmeId""",
                programme, rs -> {
                    int district = rs.getInt("district_code");
                    pilots.put(district, new DistrictPilot(district, null, true, rs.getString("centre_id"),
                            rs.getInt("subdistrict_code"), rs.getString("subdistrict_name_th"),
                            Columns.date(rs, "designated_on"), rs.getBoolean("established"),
                            rs.getString("event_id"), rs.getString("recorded_by"), Columns.instant(rs, "recorded_at")));
                });
        return jdbc.query("""
                        SELECT programme_id, province_code, province_name_th, fiscal_year, name, declared_on,
                               event_id, recorded_by, recorded_at
                          FROM pilot_programme
                         WHERE programme_id = :programmeId""",
                programme, (rs, n) -> {
                    List<District> districts = geography.districtsOf(rs.getInt("province_code"));
                    List<DistrictPilot> coverage = districts.stream().map(d -> {
                        DistrictPilot pilot = pilots.get(d.code());
                        return pilot == null
                                ? new DistrictPilot(d.code(), d.nameTh(), false, null, null, null, null, false, null,
                                null, null)
                                : new DistrictPilot(d.code(), d.nameTh(), true, pilot.centreId(),
                                pilot.subdistrictCode(), pilot.subdistrictNameTh(), pilot.designatedOn(),
                                pilot.established(), pilot.eventId(), pilot.recordedBy(), pilot.recordedAt());
                    }).toList();
                    return new ProgrammeCoverage(rs.getString("programme_id"), rs.getInt("province_code"),
                            rs.getString("province_name_th"), rs.getInt("fiscal_year"), rs.getString("name"),
                            Columns.date(rs, "declared_on"), rs.getString("event_id"), rs.getString("recorded_by"),
                            Columns.instant(rs, "recorded_at"), districts.size(),
                            (int) coverage.stream().filter(DistrictPilot::covered).count(), coverage);
                }).stream().findFirst();
    }

    /** Empty when no centre has that id. */
    @QueryHandler
    public Optional<CentreDetail> handle(FindTambonCentre query) {
        Map<String, Object> centre = Map.of("centreId", query.centreId());
        List<CommitteeSeat> committee = jdbc.query("""
                        SELECT name, role, labour_volunteer, local_government_representative, organisation, since,
                               event_id, recorded_by, recorded_at
                          FROM centre_committee_member
                         WHERE centre_id = :centreId
                         ORDER BY name""",
                centre, (rs, n) -> new CommitteeSeat(rs.getString("name"), rs.getString("role"),
                        rs.getBoolean("labour_volunteer"), rs.getBoolean("local_government_representative"),
                        rs.getString("organisation"), Columns.date(rs, "since"), rs.getString("event_id"),
                        rs.getString("recorded_by"), Columns.instant(rs, "recorded_at")))
                .stream()
                // The chair first, then as the source lists the roles; by name within a role.
                .sorted(Comparator.comparing((CommitteeSeat seat) -> CommitteeRole.valueOf(seat.role())))
                .toList();
        List<CentreMentor> mentors = jdbc.query("""
                        SELECT mentor_name, agency, assigned_on, event_id, recorded_by, recorded_at
                          FROM centre_mentor
                         WHERE centre_id = :centreId
                         ORDER BY assigned_on, event_id""",
                centre, (rs, n) -> new CentreMentor(rs.getString("mentor_name"), rs.getString("agency"),
                        Columns.date(rs, "assigned_on"), rs.getString("event_id"), rs.getString("recorded_by"),
                        Columns.instant(rs, "recorded_at")));
        return jdbc.query("""
                        SELECT centre_id, subdistrict_code, subdistrict_name_th, district_code, district_name_th,
                               province_code, province_name_th, venue_kind, venue_name, established_on, pilot,
                               programme_id, fiscal_year, event_id, recorded_by, recorded_at
                          FROM tambon_centre
                         WHERE centre_id = :centreId""",
                centre, (rs, n) -> new CentreDetail(rs.getString("centre_id"), rs.getInt("subdistrict_code"),
                        rs.getString("subdistrict_name_th"), rs.getInt("district_code"),
                        rs.getString("district_name_th"), rs.getInt("province_code"),
                        rs.getString("province_name_th"), rs.getString("venue_kind"), rs.getString("venue_name"),
                        Columns.date(rs, "established_on"), rs.getBoolean("pilot"), rs.getString("programme_id"),
                        rs.getInt("fiscal_year"), rs.getString("event_id"), rs.getString("recorded_by"),
                        Columns.instant(rs, "recorded_at"), complete(committee), committee, mentors))
                .stream().findFirst();
    }

    /** A province's centres; a page past the end has none. */
    @QueryHandler
    public CentresPage handle(FindCentresOfProvince query) {
        MapSqlParameterSource filter = new MapSqlParameterSource()
                .addValue("provinceCode", query.provinceCode())
                .addValue("fiscalYear", query.fiscalYear(), Types.INTEGER)
                .addValue("pilot", query.pilot(), Types.BOOLEAN);
        String where = "\n" + """
                 WHERE c.province_code = :provinceCode
                   AND (CAST(:fiscalYear AS INT) IS NULL OR c.fiscal_year = :fiscalYear)
                   AND (CAST(:pilot AS BOOLEAN) IS NULL OR c.pilot = :pilot)""";
        Long total = jdbc.queryForObject("SELECT count(*) FROM tambon_centre c" + where, filter, Long.class);
        // Complete as CentreCommitteeRules.composition has it: one chair, a labour volunteer, a local-government
        // representative.
        List<CentreSummary> centres = jdbc.query("""
                        SELECT c.centre_id, c.subdistrict_code, c.subdistrict_name_th, c.district_code,
                               c.district_name_th, c.venue_name, c.established_on, c.pilot, c.programme_id,
                               c.fiscal_year,
                               (SELECT count(*) FROM centre_committee_member m WHERE m.centre_id = c.centre_id)
                                   AS members,
                               (SELECT count(*) FILTER (WHERE m.role = 'CHAIR') = 1
                                       AND bool_or(m.labour_volunteer) AND bool_or(m.local_government_representative)
                                  FROM centre_committee_member m WHERE m.centre_id = c.centre_id) AS complete,
                               (SELECT count(*) FROM centre_mentor t WHERE t.centre_id = c.centre_id) AS mentors
                          FROM tambon_centre c""" + where + """

                         ORDER BY c.subdistrict_code, c.centre_id
                         LIMIT :size OFFSET :offset""",
                filter.addValue("size", query.size()).addValue("offset", (long) query.page() * query.size()),
                (rs, n) -> new CentreSummary(rs.getString("centre_id"), rs.getInt("subdistrict_code"),
                        rs.getString("subdistrict_name_th"), rs.getInt("district_code"),
                        rs.getString("district_name_th"), rs.getString("venue_name"),
                        Columns.date(rs, "established_on"), rs.getBoolean("pilot"), rs.getString("programme_id"),
                        rs.getInt("fiscal_year"), rs.getInt("members"), rs.getBoolean("complete"),
                        rs.getInt("mentors")));
        return new CentresPage(query.provinceCode(), query.fiscalYear(), query.pilot(), query.page(), query.size(),
                total == null ? 0 : total, centres);
    }

    /** The domain's own composition rules decide, so the read side cannot drift from them. */
    private static boolean complete(List<CommitteeSeat> committee) {
        if (committee.isEmpty()) {
            return false;
        }
        try {
            CentreCommitteeRules.composition(committee.stream().map(s -> new CommitteeMember(s.name(),
                    CommitteeRole.valueOf(s.role()), s.labourVolunteer(), s.localGovernmentRepresentative(),
                    s.organisation())).toList());
            return true;
        } catch (RuleViolation broken) {
            return false;
        }
    }
}
