package th.go.mol.oneplan.app.workerimport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.NotFound;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.time.Duration;
import java.time.Instant;

/**
 * The import from the command line of the same application, with no web server:
 * {@code java -jar app.jar --spring.profiles.active=import --oneplan.import.file=survey.csv
 * --oneplan.import.centre=centre-840101-2563 --oneplan.import.recorded-by=officer} (docs/import.md). It runs the
 * job in the foreground, printing a progress line (rows done, rate, errors, time left) and a summary; the process
 * then exits 0, even with rejected rows, or non-zero if the job could not run (1: it failed; 2: the file, the
 * centre or the arguments were refused).
 */
@Component
@Profile("!query")
public class WorkerImportCommandLine implements ApplicationRunner, ExitCodeGenerator {
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    /** How often a job another runner holds is looked at again. */
    private static final Duration FOLLOW_EVERY = Duration.ofMillis(500);

    private final WorkerImports imports;
    private final Clock clock;
    private final String file;
    private final String centre;
    private final String recordedBy;
    private int exitCode;

    public WorkerImportCommandLine(WorkerImports imports, Clock clock,
                                   @Value("${oneplan.import.file:}") String file,
                                   @Value("${oneplan.import.centre:}") String centre,
                                   @Value("${oneplan.import.recorded-by:}") String recordedBy) {
        this.imports = imports;
        this.clock = clock;
        this.file = file;
        this.centre = centre;
        this.recordedBy = recordedBy;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!file.isBlank()) {
            exitCode = importFile(Path.of(file), centre, recordedBy, System.out);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Imports the file for the centre as {@code recordedBy}, reporting on {@code out}; answers the exit code. */
    public int importFile(Path path, String centreId, String recordedBy, PrintStream out) {
        if (centreId == null || centreId.isBlank() || recordedBy == null || recordedBy.isBlank()) {
            out.println("import: give --oneplan.import.centre=<centre id> and --oneplan.import.recorded-by=<name>");
            return 2;
        }
        ImportJob job;
        try (InputStream in = Files.newInputStream(path)) {
            job = imports.submit(centreId.strip(), recordedBy.strip(), in);
        } catch (IOException e) {
            out.println("import: cannot read " + path + ": " + e.getMessage());
            return 2;
        } catch (InvalidValue e) {
            out.println("import: refused: " + e.field() + " " + e.rule() + ": " + e.getMessage());
            return 2;
        } catch (NotFound e) {
            out.println("import: " + e.getMessage());
            return 2;
        }
        out.println("import: job " + job.jobId() + " for " + job.centreId() + ", " + job.rowsExpected()
                + " rows, file SHA-256 " + job.fileSha256());
        Instant[] lastLine = {Instant.EPOCH};
        Consumer<ImportJob> printer = progress -> {
            Instant now = clock.instant();
            if (progress.status() == ImportStatus.RUNNING && Duration.between(lastLine[0], now)
                    .compareTo(PROGRESS_EVERY) >= 0) {
                lastLine[0] = now;
                Long left = progress.secondsLeft(now);
                out.printf("import: %d/%d rows, %.0f rows/s, %d registered, %d already registered, %d rejected,"
                                + " %s left%n", progress.rowsDone(), progress.rowsExpected(), progress.rate(now),
                        progress.registered(), progress.alreadyRegistered(), progress.rejected(),
                        left == null ? "?" : left + " s");
            }
        };
        ImportJob ended = imports.run(job.jobId(), printer);
        // A server on the same database may pick the new job up first (it looks for queued jobs): then follow it
        // to its end, and take it over if that server stops.
        while (ended.status() != ImportStatus.DONE && ended.status() != ImportStatus.FAILED) {
            printer.accept(ended);
            try {
                Thread.sleep(FOLLOW_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out.println("import: interrupted; the job goes on where a server runs, or at the next start");
                return 1;
            }
            ended = imports.run(job.jobId(), printer);
        }
        Instant now = clock.instant();
        out.printf("import: %s: %d rows in %.1f s (%.0f rows/s): %d registered, %d already registered, %d rejected%n",
                ended.status(), ended.rowsDone(), ended.startedAt() == null || ended.finishedAt() == null ? 0.0
                        : Duration.between(ended.startedAt(), ended.finishedAt()).toMillis() / 1000.0,
                ended.rate(now), ended.registered(), ended.alreadyRegistered(), ended.rejected());
        if (ended.status() != ImportStatus.DONE) {
            out.println("import: the job could not finish: " + ended.failure());
            return 1;
        }
        if (ended.rejected() > 0 || ended.alreadyRegistered() > 0) {
            out.println("import: the error report: GET /api/worker-imports/" + ended.jobId() + "/errors (or the"
                    + " table worker_import_error)");
        }
        return 0;
    }
}
