package io.migcal.model.report.run;

import io.migcal.model.fit.FittedModel;
import io.migcal.model.report.ReportDocument;
import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PaperTables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user comparing labs looks at first: each run's cells at 0 and 6 ms, its fitted model, its
 * Tables 3 and 5, and every recorded setting that differs between the runs.
 */
final class Comparison {
    private static final Set<String> PER_RUN_FACTS = Set.of("manifest run_id", "manifest started_at",
            "manifest ended_at", "manifest end_message", "manifest seed", "manifest config.sweep.rtt_ms");

    private Comparison() {
    }

    static void write(ReportDocument.Builder doc, List<RunAnalysis> runs, List<Optional<SimulatedTables>> tables,
            List<RunDirectory> dirs) {
        doc.heading("Side by side");
        List<List<String>> findings = new ArrayList<>();
        for (RunAnalysis run : runs) {
            for (List<String> row : findingRows(run)) {
                List<String> withRun = new ArrayList<>(List.of(run.label()));
                withRun.addAll(row);
                findings.add(withRun);
            }
        }
        doc.table(List.of("run", "RAM usage", "T at 0 ms (s)", "T at 6 ms (s)", "ratio 6 ms / 0 ms"), findings);
        doc.table(List.of("run", "fitted family", "parameters", "fitted range"), runs.stream().map(run -> List.of(
                run.label(), run.familyName(), run.model().map(Comparison::parameters).orElse(run.noFitReason()),
                run.model().map(Comparison::range).orElse(""))).toList());
        doc.table(tableHeader(runs), tableRows(tables));
        doc.paragraph("Processing time (min) / migrations per run, mean of the simulator's runs with each run's model. "
                + "Queries outside each model's fitted range: " + runs.stream().map(r -> r.label() + " "
                        + tables.get(runs.indexOf(r)).map(t -> Numbers.share(t.outsideShare())).orElse("(no model)"))
                        .collect(Collectors.joining(", ")) + ".");
        differences(doc, runs, dirs);
    }

    /** Every manifest fact and context setting whose value is not the same in all runs. */
    static void differences(ReportDocument.Builder doc, List<RunAnalysis> analyses, List<RunDirectory> dirs) {
        List<Map<String, String>> settings = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            Map<String, String> all = new LinkedHashMap<>();
            dirs.get(i).manifest().ifPresent(m -> m.facts().forEach(f -> all.put("manifest " + f.setting(), f.value())));
            RunTable table = analyses.isEmpty() ? RunTable.read(dirs.get(i).measurements()) : analyses.get(i).table();
            ContextSummary.of(table).bySetting().forEach((k, v) -> all.put("column " + k, v));
            settings.add(all);
        }
        Set<String> keys = new LinkedHashSet<>();
        settings.forEach(s -> keys.addAll(s.keySet()));
        List<List<String>> rows = new ArrayList<>();
        for (String key : keys) {
            List<String> values = settings.stream().map(s -> s.getOrDefault(key, "(not recorded)")).toList();
            if (!PER_RUN_FACTS.contains(key) && values.stream().distinct().count() > 1) {
                List<String> row = new ArrayList<>(List.of(key));
                row.addAll(values);
                rows.add(row);
            }
        }
        List<String> header = new ArrayList<>(List.of("setting that differs"));
        dirs.forEach(d -> header.add(d.name()));
        if (rows.isEmpty()) {
            doc.paragraph("Every recorded setting is the same in all runs (run ids and times aside).");
        } else {
            doc.table(header, rows);
        }
    }

    private static List<List<String>> findingRows(RunAnalysis run) {
        List<Cell> cells = run.cells();
        List<List<String>> rows = new ArrayList<>();
        for (RamLevel level : run.levels()) {
            double at0 = mean(cells, level, 0);
            double at6 = mean(cells, level, 6);
            rows.add(List.of(level.label(), Numbers.num(at0), Numbers.num(at6), Numbers.num(at6 / at0)));
        }
        return rows;
    }

    private static double mean(List<Cell> cells, RamLevel level, double rttMs) {
        return cells.stream().filter(c -> c.level() == level && Math.abs(c.rttMs() - rttMs) < 0.25)
                .mapToDouble(Cell::meanS).findFirst().orElse(Double.NaN);
    }

    private static String parameters(FittedModel model) {
        return FitSection.parameterRows(model).stream().map(r -> r.get(0) + " = " + r.get(1) + " " + r.get(2))
                .collect(Collectors.joining("; "));
    }

    private static String range(FittedModel model) {
        return String.format(Locale.ROOT, "RTT %s-%s ms, %s-%s GiB", Numbers.num(model.range().rttMinMs()),
                Numbers.num(model.range().rttMaxMs()), Numbers.gib(model.range().guestUsedMinBytes() / RamLevel.GIB),
                Numbers.gib(model.range().guestUsedMaxBytes() / RamLevel.GIB));
    }

    private static List<String> tableHeader(List<RunAnalysis> runs) {
        List<String> header = new ArrayList<>(List.of("preset", "policy", "paper"));
        runs.forEach(r -> header.add(r.label()));
        return header;
    }

    private static List<List<String>> tableRows(List<Optional<SimulatedTables>> tables) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < PaperTables.ROWS.size(); i++) {
            PaperTables.Row paper = PaperTables.ROWS.get(i);
            List<String> row = new ArrayList<>(List.of(paper.preset(), paper.policy(),
                    String.format(Locale.ROOT, "%.1f / %.1f", paper.processingTimeMin(), paper.migrations())));
            for (Optional<SimulatedTables> table : tables) {
                row.add(table.map(t -> t.results().get(PaperTables.ROWS.indexOf(paper)).ours())
                        .map(ours -> String.format(Locale.ROOT, "%.1f / %.1f",
                                ours.summary(Metric.PROCESSING_TIME_MIN).mean(), ours.summary(Metric.MIGRATIONS).mean()))
                        .orElse("no model"));
            }
            rows.add(row);
        }
        return rows;
    }
}
