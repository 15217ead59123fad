package th.go.mol.oneplan.app.summary;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.query.QueryParameters;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.summary.NationalYearSummary;
import th.go.mol.oneplan.query.summary.OneGoalSummaries;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The year-end job (profile {@code summary}, no web server): replays a fiscal year from the event store in one
 * ordered pass, for every province or one, and writes each province's One Goal summary (JSON, HTML, PDF) and the
 * national roll-up (JSON, HTML, PDF) under {@code <out>/<fiscal year>/}. Exits 0 when every report was written,
 * 2 for bad arguments, 1 when the store could not be read or a file not written (docs/one-goal-summary.md).
 *
 * <pre>java -jar oneplan-app.jar --spring.profiles.active=summary --oneplan.summary.fiscal-year=2562
 *     [--oneplan.summary.province=92] [--oneplan.summary.out=reports]</pre>
 */
@Component
@Profile("summary")
public class SummaryCommandLine implements ApplicationRunner, ExitCodeGenerator {
    private final OneGoalSummaries summaries;
    private final SummaryDocuments documents;
    private final String fiscalYear;
    private final String province;
    private final String out;
    private int exitCode;

    public SummaryCommandLine(OneGoalSummaries summaries, SummaryDocuments documents,
                              @Value("${oneplan.summary.fiscal-year:}") String fiscalYear,
                              @Value("${oneplan.summary.province:}") String province,
                              @Value("${oneplan.summary.out:reports}") String out) {
        this.summaries = summaries;
        this.documents = documents;
        this.fiscalYear = fiscalYear;
        this.province = province;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = run(fiscalYear, province, Path.of(out), System.out);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Writes the year's reports under {@code out}, telling {@code log} how it goes; answers the exit code. */
    public int run(String fiscalYearText, String provinceText, Path out, PrintStream log) {
        FiscalYear year;
        Integer provinceCode;
        try {
            year = QueryParameters.fiscalYear(fiscalYearText);
            provinceCode = provinceText == null || provinceText.isBlank() ? null
                    : QueryParameters.inRange(provinceText, "province", 0, 10, 99);
        } catch (InvalidValue e) {
            log.println("summary: " + e.getMessage()
                    + " (give --oneplan.summary.fiscal-year=2562 and optionally --oneplan.summary.province=92)");
            return 2;
        }
        long started = System.nanoTime();
        log.println("summary: FY " + year.beYear() + (provinceCode == null ? ", every province"
                : ", province " + provinceCode) + ": reading the event store");
        List<OneGoalYearSummary> all;
        try {
            all = summaries.ofFiscalYear(year.beYear(), provinceCode, Clocks.NOW,
                    n -> log.println("summary: " + n + " events read"));
        } catch (RuntimeException e) {
            log.println("summary: the event store could not be read: " + e.getMessage());
            return 1;
        }
        Path dir = out.resolve(String.valueOf(year.beYear()));
        try {
            Files.createDirectories(dir);
            int done = 0;
            for (OneGoalYearSummary s : all) {
                String html = documents.html(s);
                Files.write(dir.resolve(s.driveId() + ".json"), documents.json(s));
                Files.write(dir.resolve(s.driveId() + ".html"), documents.htmlBytes(html));
                Files.write(dir.resolve(s.driveId() + ".pdf"), documents.pdf(html));
                done++;
                log.printf("summary: %d/%d %s %s: level %d, spent %s baht, %d people reached%n", done, all.size(),
                        s.driveId(), s.provinceNameEn(), s.kpi().currentLevel(), s.budget().spent().baht().toPlainString(),
                        s.people().peopleReached());
            }
            NationalYearSummary national = NationalYearSummary.of(year.beYear(), year.firstDay(), year.lastDay(), all,
                    Clocks.NOW);
            String name = provinceCode == null ? "national" : "national-" + String.format("%02d", provinceCode);
            String html = documents.html(national);
            Files.write(dir.resolve(name + ".json"), documents.json(national));
            Files.write(dir.resolve(name + ".html"), documents.htmlBytes(html));
            Files.write(dir.resolve(name + ".pdf"), documents.pdf(html));
        } catch (IOException | RuntimeException e) {
            log.println("summary: writing the reports under " + dir + " failed: " + e.getMessage());
            return 1;
        }
        log.printf("summary: done: %d drives of FY %d written to %s in %.1f s%n", all.size(), year.beYear(),
                dir.toAbsolutePath(), (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
