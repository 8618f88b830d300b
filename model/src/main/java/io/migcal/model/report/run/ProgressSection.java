package io.migcal.model.report.run;

import io.migcal.model.measure.ProgressHistoryCsv;
import io.migcal.model.measure.ProgressSample;
import io.migcal.model.plot.ProgressFigure;
import io.migcal.model.report.ReportDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The migrations' progress histories ({@code progress/*.csv} in a run directory): a table of every
 * history (points, span, RAM passes, peak remaining) and figures of a few of them, spread evenly over
 * the run's files in name order.
 */
final class ProgressSection {
    static final int MAX_FIGURES = 6;
    private static final double MIB = 1024.0 * 1024.0;

    private ProgressSection() {
    }

    /** The history files of the runs, in name order (none when the runs kept none). */
    static List<Path> files(RunAnalysis run) throws IOException {
        List<Path> files = new ArrayList<>();
        for (RunDirectory dir : run.runs()) {
            Path folder = dir.path().resolve("progress");
            if (Files.isDirectory(folder)) {
                try (Stream<Path> listed = Files.list(folder)) {
                    listed.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    /** Draws the figures into {@code dir}; returns their PNG names. */
    static List<String> draw(Path dir, RunAnalysis run) throws IOException {
        List<Path> files = files(run);
        List<String> pngs = new ArrayList<>();
        int shown = Math.min(MAX_FIGURES, files.size());
        for (int i = 0; i < shown; i++) {
            Path file = files.get(shown == 1 ? 0 : (int) Math.round(i * (files.size() - 1) / (double) (shown - 1)));
            String name = "progress-" + (i + 1);
            ProgressFigure.write(dir.resolve(name), ProgressHistoryCsv.read(file), "migration progress: "
                    + sampleName(file));
            pngs.add(name + ".png");
        }
        return pngs;
    }

    static void write(ReportDocument.Builder doc, RunAnalysis run, List<String> pngs) {
        List<Path> files;
        try {
            files = files(run);
        } catch (IOException e) {
            doc.paragraph("The progress histories could not be listed: " + e.getMessage());
            return;
        }
        if (files.isEmpty()) {
            doc.paragraph("This run kept no progress histories (runs before migcal kept progress/<sample-id>.csv, "
                    + "or no migration got as far as its first progress report).");
            return;
        }
        doc.paragraph(String.format(Locale.ROOT, "Every migration's progress, as the hypervisor reported it while it "
                + "ran (QMP query-migrate samples, or a Proxmox task log's progress lines at 1 s resolution), is kept "
                + "in progress/<sample-id>.csv: %d histories. Transferred and remaining memory over time, with the "
                + "RAM pass (QEMU's dirty-sync count) where the hypervisor gives it:", files.size()));
        doc.figures(pngs, "transferred and remaining MiB against seconds since the migrate command");
        List<List<String>> rows = new ArrayList<>();
        for (Path file : files) {
            rows.add(summary(file, ProgressHistoryCsv.read(file)));
        }
        doc.table(List.of("history", "points", "span s", "RAM passes", "peak remaining MiB", "last status"), rows);
    }

    private static List<String> summary(Path file, List<ProgressSample> samples) {
        double span = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).atS() - samples.get(0).atS();
        String passes = samples.stream().filter(s -> s.dirtySyncCount() != null)
                .mapToLong(ProgressSample::dirtySyncCount).max().stream().mapToObj(Long::toString).findFirst()
                .orElse("n/a");
        String peak = samples.stream().filter(s -> s.remainingBytes() != null)
                .mapToLong(ProgressSample::remainingBytes).max().stream()
                .mapToObj(b -> String.format(Locale.ROOT, "%.1f", b / MIB)).findFirst().orElse("n/a");
        String last = samples.isEmpty() || samples.get(samples.size() - 1).status() == null ? "n/a"
                : samples.get(samples.size() - 1).status();
        return List.of(sampleName(file), Integer.toString(samples.size()), String.format(Locale.ROOT, "%.2f", span),
                passes, peak, last);
    }

    private static String sampleName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".csv".length());
    }
}
