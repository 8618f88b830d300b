package io.migcal.model.report.run;

import io.migcal.model.MigcalVersion;
import io.migcal.model.fit.TransferModelFile;
import io.migcal.model.report.HtmlRenderer;
import io.migcal.model.report.MarkdownRenderer;
import io.migcal.model.report.ReportDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code migcal report}: from one or more sweep run directories, the figures (one per RAM level), the
 * fit, measured against model per cell, Tables 3 and 5 simulated with the fitted model, and the run's
 * context, as {@code report.md} and {@code report.html} with {@code transfer-model.json} beside them.
 * Several runs are reported side by side (each fitted on its own, figures in a folder per run, a
 * comparison first); pooled into one fit when asked.
 */
public final class RunReport {
    /** A section another command adds after the fit (reproduce: the fit against the virtual lab's truth). */
    @FunctionalInterface
    public interface Extra {
        Extra NONE = (doc, run, heading) -> { };

        void addTo(ReportDocument.Builder doc, RunAnalysis run, Consumer<String> heading);
    }

    /** What was written: the report's two files and the analyses behind them. */
    public record Written(Path markdown, Path html, List<RunAnalysis> analyses) {
    }

    private RunReport() {
    }

    public static Written write(List<Path> runDirs, Path out, ReportOptions options) throws IOException {
        return write(runDirs, out, options, null, Extra.NONE);
    }

    /** {@code title} null: a title from the runs' names. */
    public static Written write(List<Path> runDirs, Path out, ReportOptions options, String title, Extra extra)
            throws IOException {
        List<RunDirectory> runs = runDirs.stream().map(RunDirectory::open).toList();
        Files.createDirectories(out);
        if (runs.size() == 1 || options.pool()) {
            RunAnalysis run = RunAnalysis.of(runs, options.family());
            ReportDocument.Builder doc = ReportDocument.titled(title != null ? title : "migcal report: " + run.label());
            doc.paragraph(intro(run, options));
            if (runs.size() > 1) {
                Comparison.differences(doc, List.of(), runs);
            }
            AnalysisSections.write(doc, run, drawAndSave(out, run), ProgressSection.draw(out, run),
                    simulate(run, options), extra, false);
            return render(out, doc.build(), List.of(run));
        }
        return sideBySide(runs, out, options, title, extra);
    }

    private static Written sideBySide(List<RunDirectory> runs, Path out, ReportOptions options, String title,
            Extra extra) throws IOException {
        List<RunAnalysis> analyses = new ArrayList<>();
        List<Optional<SimulatedTables>> tables = new ArrayList<>();
        List<List<String>> pngs = new ArrayList<>();
        List<List<String>> progressPngs = new ArrayList<>();
        List<String> folders = uniqueFolders(runs);
        for (int i = 0; i < runs.size(); i++) {
            RunAnalysis run = RunAnalysis.of(List.of(runs.get(i)), options.family());
            Path dir = Files.createDirectories(out.resolve(folders.get(i)));
            analyses.add(run);
            String folder = folders.get(i);
            pngs.add(drawAndSave(dir, run).stream().map(png -> folder + "/" + png).toList());
            progressPngs.add(ProgressSection.draw(dir, run).stream().map(png -> folder + "/" + png).toList());
            tables.add(simulate(run, options));
        }
        ReportDocument.Builder doc = ReportDocument.titled(title != null ? title
                : String.format(Locale.ROOT, "migcal report: %d runs side by side", runs.size()));
        doc.paragraph("Each run is fitted on its own data and simulated with its own model, so differences between "
                + "labs stay visible; the comparison comes first, then each run in full (its figures and "
                + "transfer-model.json are in the folder named after it). Repeated runs of one lab can be fitted as "
                + "one data set with --pool.");
        Comparison.write(doc, analyses, tables, runs);
        for (int i = 0; i < analyses.size(); i++) {
            doc.heading("Run " + folders.get(i));
            doc.paragraph(intro(analyses.get(i), options));
            AnalysisSections.write(doc, analyses.get(i), pngs.get(i), progressPngs.get(i), tables.get(i), extra, true);
        }
        return render(out, doc.build(), analyses);
    }

    private static List<String> drawAndSave(Path dir, RunAnalysis run) throws IOException {
        if (run.fit().isPresent()) {
            TransferModelFile.write(dir.resolve(TransferModelFile.FILE_NAME), run.fit().get(), MigcalVersion.current());
        }
        return RunFigures.write(dir, run);
    }

    private static Optional<SimulatedTables> simulate(RunAnalysis run, ReportOptions options) {
        return run.model().map(model -> SimulatedTables.run(model, options.simulationRuns(), options.seed()));
    }

    private static String intro(RunAnalysis run, ReportOptions options) {
        String pooled = run.runs().size() > 1 ? String.format(Locale.ROOT, "Pooled: the %d runs %s are fitted as "
                + "one data set (pooling suits repeated runs of one lab; compare labs side by side instead). ",
                run.runs().size(), run.label()) : "";
        String compression = run.runs().get(0).manifest().flatMap(m -> m.timeCompression().isPresent()
                ? Optional.of(String.format(Locale.ROOT, " The lab's clock ran %.0fx faster than the wall "
                        + "clock; every time is in lab seconds.", m.timeCompression().getAsDouble()))
                : Optional.<String>empty()).orElse("");
        return String.format(Locale.ROOT, "%s%d rows, %d of them ok, at %d RAM usages. Simulation seed %d.%s", pooled,
                run.table().rows().size(), run.table().okRows().size(), run.levels().size(), options.seed(),
                compression);
    }

    private static List<String> uniqueFolders(List<RunDirectory> runs) {
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (RunDirectory run : runs) {
            String name = run.name();
            for (int n = 2; !used.add(name); n++) {
                name = run.name() + "-" + n;
            }
            names.add(name);
        }
        return names;
    }

    private static Written render(Path out, ReportDocument report, List<RunAnalysis> analyses) throws IOException {
        Path md = out.resolve("report.md");
        Path html = out.resolve("report.html");
        Files.writeString(md, new MarkdownRenderer().render(report), StandardCharsets.UTF_8);
        Files.writeString(html, new HtmlRenderer().render(report), StandardCharsets.UTF_8);
        return new Written(md, html, analyses);
    }
}
