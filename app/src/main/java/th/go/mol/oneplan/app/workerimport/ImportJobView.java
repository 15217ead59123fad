package th.go.mol.oneplan.app.workerimport;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** An import job as its status endpoint shows it: where it is, what it did, how fast, and how long it has left. */
public record ImportJobView(
        @Schema(description = "The job's id", example = "import-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f",
                requiredMode = Schema.RequiredMode.REQUIRED) String jobId,
        @Schema(description = "The centre that registers every row", example = "centre-840101-2563",
                requiredMode = Schema.RequiredMode.REQUIRED) String centreId,
        @Schema(description = "QUEUED, RUNNING, DONE, FAILED or INTERRUPTED", example = "RUNNING",
                requiredMode = Schema.RequiredMode.REQUIRED) ImportStatus status,
        @Schema(description = "SHA-256 of the file, in hex", requiredMode = Schema.RequiredMode.REQUIRED)
        String fileSha256,
        @Schema(description = "The file's size in bytes", requiredMode = Schema.RequiredMode.REQUIRED) long fileBytes,
        @Schema(description = "Rows the file holds (its lines less the header; a quoted field may span lines)",
                requiredMode = Schema.RequiredMode.REQUIRED) long rowsExpected,
        @Schema(description = "Rows done so far: registered + alreadyRegistered + rejected",
                requiredMode = Schema.RequiredMode.REQUIRED) long rowsDone,
        @Schema(description = "Workers registered by this job", requiredMode = Schema.RequiredMode.REQUIRED)
        long registered,
        @Schema(description = "Rows registered before (the same file imported again, a resumed job) or the same"
                + " person already in the register", requiredMode = Schema.RequiredMode.REQUIRED)
        long alreadyRegistered,
        @Schema(description = "Rows refused, each in the error report", requiredMode = Schema.RequiredMode.REQUIRED)
        long rejected,
        @Schema(description = "Rows per second in the current (or last) run", example = "1500.0",
                requiredMode = Schema.RequiredMode.REQUIRED) double rowsPerSecond,
        @Schema(description = "Seconds left at that rate while RUNNING (0 when DONE); absent when not yet known",
                nullable = true) Long secondsLeft,
        @Schema(description = "Why the job FAILED", nullable = true) String failure,
        @Schema(description = "When the file was uploaded", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant createdAt,
        @Schema(description = "When the job first started", nullable = true) Instant startedAt,
        @Schema(description = "When it ended (DONE or FAILED)", nullable = true) Instant finishedAt) {

    static ImportJobView of(ImportJob job, Instant now) {
        return new ImportJobView(job.jobId(), job.centreId(), job.status(), job.fileSha256(), job.fileBytes(),
                job.rowsExpected(), job.rowsDone(), job.registered(), job.alreadyRegistered(), job.rejected(),
                Math.round(job.rate(now) * 10) / 10.0, job.secondsLeft(now), job.failure(), job.createdAt(),
                job.startedAt(), job.finishedAt());
    }
}
