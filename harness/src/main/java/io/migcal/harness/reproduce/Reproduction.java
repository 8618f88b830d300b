package io.migcal.harness.reproduce;

import io.migcal.harness.sweep.SweepOutcome;
import io.migcal.model.fit.SummaryTable;
import io.migcal.model.report.run.ReportOptions;
import io.migcal.model.report.run.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole pipeline on the virtual lab: the Figs. 2-3 sweep through the harness, then exactly what
 * {@code migcal report} writes for that run directory, plus the fit against the lab's ground truth.
 * The lab's keys, certificate and credentials live in a temporary folder that is removed at the end,
 * so nothing secret reaches the output.
 */
public final class Reproduction {
    static final String TITLE = "migcal reproduce: the paper on the virtual lab";
    private final PrintWriter err;
    private final VirtualLabWiring wiring;

    public Reproduction(PrintWriter err, VirtualLabWiring wiring) {
        this.err = err;
        this.wiring = wiring;
    }

    /** Runs everything; returns the sweep's outcome (the report is written whatever it was). */
    public SweepOutcome run(ReproduceSettings settings) throws IOException, InterruptedException {
        Path out = settings.outDir();
        Files.createDirectories(out);
        Path scratch = Files.createTempDirectory("migcal-reproduce-");
        try {
            SweepOutcome outcome = LabSweep.run(settings, wiring, scratch.resolve("lab"), scratch.resolve("runs"), err);
            report(out, settings.simulationRuns(), settings.seed());
            return outcome;
        } finally {
            deleteRecursively(scratch);
        }
    }

    /**
     * Writes the report of a run directory reproduce made: {@code migcal report}'s sections plus the fit
     * against the virtual lab's ground truth (meaningful only for a run of the default virtual lab).
     */
    public RunReport.Written report(Path out, int simulationRuns, long seed) throws IOException {
        note("fitting, drawing and simulating " + simulationRuns + " runs per row of Tables 3 and 5");
        ReportOptions options = ReportOptions.defaults().withSimulation(simulationRuns, seed);
        RunReport.Written written = RunReport.write(List.of(out), out, options, TITLE, new GroundTruthSection());
        written.analyses().get(0).fit().ifPresent(fit -> err.print(SummaryTable.render(fit)));
        note("wrote " + written.markdown() + " and report.html");
        return written;
    }

    private void note(String line) {
        err.println(line);
        err.flush();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
