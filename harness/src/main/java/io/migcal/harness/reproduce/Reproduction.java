package io.migcal.harness.reproduce;

import io.migcal.harness.sweep.SweepOutcome;
import io.migcal.model.report.HtmlRenderer;
import io.migcal.model.report.MarkdownRenderer;
import io.migcal.model.report.ReportDocument;
import io.migcal.model.sim.run.PaperReproduction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole pipeline on the virtual lab: sweep through the harness, fit, draw Figs. 2-3, simulate
 * Tables 3 and 5 with the fitted model, and write the report. The lab's keys, certificate and
 * credentials live in a temporary folder that is removed at the end, so nothing secret reaches the output.
 */
public final class Reproduction {
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
            note("fitting " + out.resolve("measurements.csv"));
            TransferFit.Result fit = TransferFit.fitAndDraw(out, settings.ramUsageGib());
            err.print(fit.summaryTable());
            GroundTruthCheck truth = GroundTruthCheck.of(fit.model(), fit.ramUsageBytes(), settings.rttMs(),
                    LabSweep.APPLIANCE_QUEUE_LIMIT_PACKETS);
            note("simulating paper-2018 and paper-2019 with the fitted model, " + settings.simulationRuns() + " runs each");
            List<PaperReproduction.Result> tables = PaperReproduction.run(fit.model(), settings.simulationRuns(),
                    settings.seed());
            SweepSummary sweep = new SweepSummary(outcome, fit.report().data().observations(), fit.ramUsageBytes(),
                    settings.ramUsageGib(), settings.rttMs());
            write(out, ReproduceReport.build(settings, sweep, fit, truth, tables));
            return outcome;
        } finally {
            deleteRecursively(scratch);
        }
    }

    private void write(Path out, ReportDocument report) throws IOException {
        Files.writeString(out.resolve("report.md"), new MarkdownRenderer().render(report), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("report.html"), new HtmlRenderer().render(report), StandardCharsets.UTF_8);
        note("wrote " + out.resolve("report.md") + " and report.html");
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
