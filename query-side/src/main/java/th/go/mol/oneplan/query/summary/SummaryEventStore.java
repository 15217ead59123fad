package th.go.mol.oneplan.query.summary;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveEvent;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.register.ServiceDelivered;
import th.go.mol.oneplan.reportingrules.ReportingRulesDeclared;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Reads what a One Goal summary is made from straight from the event store ({@code domainevententry}), never from
 * the read tables: rows are selected with a small query (a drive's stream, the register's services naming it, the
 * year's reporting rules) and turned into events by the store's own serializer and upcaster chain, as Axon reads
 * them for the aggregates and projections. Each event keeps its global index and timestamp, which the clocks and
 * the basis need. The services naming a drive are found through the index of migration V18.
 */
@Component
@Profile("!command")
public class SummaryEventStore {
    static final String SERVICE_DELIVERED = ServiceDelivered.class.getName();
    static final String RULES_DECLARED = ReportingRulesDeclared.class.getName();
    private static final String COLUMNS = """
            SELECT globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, "timestamp", payloadtype,
                   payloadrevision, payload, metadata
              FROM domainevententry
            """;
    private static final byte[] NO_METADATA = "{}".getBytes(StandardCharsets.UTF_8);
    private static final int FETCH_SIZE = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<Configuration> axon;

    public SummaryEventStore(NamedParameterJdbcTemplate jdbc, ObjectProvider<Configuration> axon) {
        this.jdbc = jdbc;
        this.axon = axon;
    }

    /** One drive's events for its summary; the drive list is empty when the store has no such drive. */
    public DriveYearEvents ofDrive(DriveId driveId) {
        String id = driveId.toString();
        List<LedgerEvent> drive = read(COLUMNS + " WHERE aggregateidentifier = :driveId ORDER BY globalindex",
                new MapSqlParameterSource("driveId", id));
        List<LedgerEvent> register = servicesNaming(driveId);
        List<LedgerEvent> rules = read(COLUMNS + """
                         WHERE aggregateidentifier = :fiscalYear AND payloadtype = :rulesDeclared
                         ORDER BY globalindex""",
                new MapSqlParameterSource("fiscalYear", String.valueOf(driveId.fiscalYear().beYear()))
                        .addValue("rulesDeclared", RULES_DECLARED));
        return new DriveYearEvents(id, drive, register, rules);
    }

    /** The register's services that name the drive (ServiceDelivered of any worker), in event-store order. */
    public List<LedgerEvent> servicesNaming(DriveId driveId) {
        return read(COLUMNS + """
                         WHERE payloadtype = :serviceDelivered AND event_payload_drive_id(payload) = :driveId
                         ORDER BY globalindex""",
                new MapSqlParameterSource("driveId", driveId.toString()).addValue("serviceDelivered",
                        SERVICE_DELIVERED));
    }

    /**
     * Every drive of a fiscal year (or of one province in it) in one ordered pass over the event store: the drives'
     * streams, the services naming them and the year's rules, in global order. {@code progress} is told how many
     * events have been read, every thousand.
     *
     * @return the drives' events by drive id, in drive id order (drives with no start event included: the fold
     * leaves them out)
     */
    public Map<String, DriveYearEvents> ofFiscalYear(int fiscalYear, Integer provinceCode, LongConsumer progress) {
        String drives = (provinceCode == null ? "__" : String.format("%02d", provinceCode)) + "-" + fiscalYear;
        Map<String, List<LedgerEvent>> streams = new TreeMap<>();
        Map<String, List<LedgerEvent>> services = new TreeMap<>();
        List<LedgerEvent> rules = new ArrayList<>();
        String sql = COLUMNS + """
                 WHERE aggregateidentifier LIKE ?
                    OR (payloadtype = ? AND event_payload_drive_id(payload) LIKE ?)
                    OR (aggregateidentifier = ? AND payloadtype = ?)
                 ORDER BY globalindex""";
        DataSource dataSource = jdbc.getJdbcTemplate().getDataSource();
        long read = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL streams rows with a cursor only inside a transaction: the year is not held in memory twice.
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setString(1, drives);
                statement.setString(2, SERVICE_DELIVERED);
                statement.setString(3, drives);
                statement.setString(4, String.valueOf(fiscalYear));
                statement.setString(5, RULES_DECLARED);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String aggregate = rs.getString("aggregateidentifier");
                        String payloadType = rs.getString("payloadtype");
                        for (LedgerEvent event : events(rs)) {
                            if (RULES_DECLARED.equals(payloadType) && aggregate.equals(String.valueOf(fiscalYear))) {
                                rules.add(event);
                            } else if (event.payload() instanceof ServiceDelivered s) {
                                services.computeIfAbsent(s.driveId(), d -> new ArrayList<>()).add(event);
                            } else {
                                streams.computeIfAbsent(aggregate, d -> new ArrayList<>()).add(event);
                            }
                        }
                        if (++read % 1000 == 0) {
                            progress.accept(read);
                        }
                    }
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the event store for FY " + fiscalYear + " failed: "
                    + e.getMessage(), e);
        }
        progress.accept(read);
        Map<String, DriveYearEvents> result = new TreeMap<>();
        streams.forEach((driveId, events) -> result.put(driveId, new DriveYearEvents(driveId, events,
                services.getOrDefault(driveId, List.of()), rules)));
        return result;
    }

    private List<LedgerEvent> read(String sql, MapSqlParameterSource parameters) {
        List<LedgerEvent> events = new ArrayList<>();
        jdbc.query(sql, parameters, rs -> {
            events.addAll(events(rs));
        });
        return events;
    }

    /**
     * When the ledger recorded the event: the recording it carries (who and when, the time the audit trail shows
     * and every other time-travel answer reads by), or for an event without one the store's own timestamp.
     */
    static Instant recordedAt(Object payload, Instant stored) {
        Recording recording = payload instanceof DriveEvent e ? e.recording()
                : payload instanceof ServiceDelivered s ? s.recording()
                : payload instanceof ReportingRulesDeclared r ? r.recording() : null;
        return recording != null ? recording.recordedAt() : stored;
    }

    /** The row's event(s) as the upcasters make it read today (an upcaster may split one row into several). */
    private List<LedgerEvent> events(ResultSet rs) throws SQLException {
        long position = rs.getLong("globalindex");
        byte[] metadata = rs.getBytes("metadata");
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(rs.getString("type"),
                rs.getString("aggregateidentifier"), rs.getLong("sequencenumber"), rs.getString("eventidentifier"),
                rs.getString("timestamp"), rs.getString("payloadtype"), rs.getString("payloadrevision"),
                rs.getBytes("payload"), metadata == null ? NO_METADATA : metadata);
        Configuration configuration = axon.getObject();
        try (Stream<TrackedEventMessage<?>> messages = EventUtils.upcastAndDeserializeTrackedEvents(
                Stream.of(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(position), entry)),
                configuration.eventSerializer(), configuration.upcasterChain())) {
            return messages.map(m -> new LedgerEvent(position, recordedAt(m.getPayload(), m.getTimestamp()),
                    m.getPayload())).toList();
        }
    }
}
