package th.go.mol.oneplan.app.rebuild;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.query.processing.ProjectionProcessing;
import th.go.mol.oneplan.query.rebuild.ProjectionRebuilds;
import th.go.mol.oneplan.query.rebuild.RebuildProgress;
import th.go.mol.oneplan.query.rebuild.RebuildState;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds read models from the command line, with the same application and no web server:
 * {@code java -jar app.jar --spring.profiles.active=rebuild --oneplan.rebuild.groups=all} (or a comma-separated
 * list of processing groups). The groups are rebuilt one after the other without downtime (docs/rebuilds.md): a
 * service running on the same database keeps answering from the live tables. It prints a progress line every
 * second and one line per group; the process exits 0 when every group was rebuilt, 1 if one failed, 2 for
 * unknown groups.
 */
@Component
@Profile("rebuild")
public class RebuildCommandLine implements ApplicationRunner, ExitCodeGenerator {
    private final ProjectionRebuilds rebuilds;
    private final String groups;
    private int exitCode;

    public RebuildCommandLine(ProjectionRebuilds rebuilds, @Value("${oneplan.rebuild.groups:all}") String groups) {
        this.rebuilds = rebuilds;
        this.groups = groups;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        exitCode = rebuild(groups, System.out);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Rebuilds {@code all} or the listed groups, reporting on {@code out}; answers the exit code. */
    public int rebuild(String which, PrintStream out) throws InterruptedException {
        List<String> chosen = which == null || which.isBlank() || which.strip().equals("all")
                ? ProjectionProcessing.PROCESSING_GROUPS
                : Arrays.stream(which.split(",")).map(String::strip).filter(g -> !g.isEmpty()).toList();
        List<ProjectionRebuilds.GroupRebuildResult> results;
        try {
            results = rebuilds.rebuildNow(chosen, progress -> progress.forEach((group, p) -> out.println(line(group,
                    p))));
        } catch (NotFound | RuleViolation e) {
            out.println("rebuild: " + e.getMessage());
            return 2;
        }
        boolean failed = false;
        for (ProjectionRebuilds.GroupRebuildResult result : results) {
            out.println(line(result.group(), result.progress()));
            failed |= result.progress().state() != RebuildState.DONE;
        }
        out.println(failed ? "rebuild: FAILED" : "rebuild: DONE " + results.size() + " group(s)");
        return failed ? 1 : 0;
    }

    private static String line(String group, RebuildProgress p) {
        StringBuilder line = new StringBuilder("rebuild: ").append(group).append(' ').append(p.state());
        if (p.position() != null) {
            line.append(' ').append(p.position()).append('/').append(p.target());
        }
        if (p.percent() != null) {
            line.append(' ').append(p.percent()).append('%');
        }
        if (p.eventsPerSecond() != null) {
            line.append(' ').append(Math.round(p.eventsPerSecond())).append(" events/s");
        }
        if (p.segments() != null) {
            line.append(", ").append(p.segments()).append(" segment(s)");
        }
        if (p.reason() != null) {
            line.append(": ").append(p.reason());
        }
        return line.toString();
    }
}
