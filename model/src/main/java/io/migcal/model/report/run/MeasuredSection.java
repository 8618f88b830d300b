package io.migcal.model.report.run;

import io.migcal.model.report.ReportDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The measurements against the model: the figures, the paper's two findings checked on the cells, and
 * every cell's mean, n and spread beside the model's prediction.
 */
final class MeasuredSection {
    private static final double PAPER_RTT_MS = 6;

    private MeasuredSection() {
    }

    static void figures(ReportDocument.Builder doc, RunAnalysis run, List<String> pngs) {
        String curve = run.model().isPresent() ? " and the fitted " + run.familyName()
                + " curve with its 95 % prediction band" : " (no fitted curve: see the fit section)";
        doc.figures(pngs, "Measured transfer time (points, every repetition)" + curve + ", one figure per measured "
                + "RAM usage (fig2 and fig3 are the paper's 0.6 and 1.0 GiB where the run has them)");
    }

    /** The paper's findings: T(6 ms) > 2 T(0 ms) at each RAM usage, and more memory is slower at every RTT. */
    static void findings(ReportDocument.Builder doc, RunAnalysis run) {
        List<Cell> cells = run.cells();
        List<List<String>> rows = new ArrayList<>();
        for (RamLevel level : run.levels()) {
            Optional<Cell> at0 = cell(cells, level, 0);
            Optional<Cell> at6 = cell(cells, level, PAPER_RTT_MS);
            boolean both = at0.isPresent() && at6.isPresent();
            double ratio = both ? at6.get().meanS() / at0.get().meanS() : Double.NaN;
            rows.add(List.of(level.label(), at0.map(c -> Numbers.num(c.meanS())).orElse("not measured"),
                    at6.map(c -> Numbers.num(c.meanS())).orElse("not measured"), Numbers.num(ratio),
                    both ? (ratio > 2 ? "holds" : "does not hold") : "not measured"));
        }
        doc.table(List.of("RAM usage", "T at 0 ms (s)", "T at 6 ms (s)", "ratio 6 ms / 0 ms",
                "paper: ratio > 2"), rows);
        doc.paragraph(ordering(cells, run.levels()));
    }

    static void cells(ReportDocument.Builder doc, RunAnalysis run) {
        List<List<String>> rows = run.cells().stream().map(c -> List.of(Numbers.gib(c.level().meanUsedGib()),
                Numbers.num(c.rttMs()), String.valueOf(c.n()), Numbers.num(c.meanS()), Numbers.num(c.sdS()),
                c.predicted().map(p -> Numbers.num(p.transferTimeS())).orElse("no model"),
                c.predicted().map(p -> "[" + Numbers.num(p.lowerS()) + ", " + Numbers.num(p.upperS()) + "]").orElse(""),
                Numbers.pct(c.errorPct()))).toList();
        doc.table(List.of("RAM usage (GiB)", "RTT (ms)", "n", "measured mean (s)", "sd (s)", "predicted (s)",
                "95 % band (s)", "error (%)"), rows);
        doc.paragraph("One row per cell of the grid (ok samples only). Predicted: the model at the cell's mean guest "
                + "memory and RTT; error: (predicted - measured mean) / measured mean. RTT from "
                + run.data().rttColumn() + ".");
    }

    /** Whether the largest RAM usage took longer than the smallest at every RTT both were measured at. */
    private static String ordering(List<Cell> cells, List<RamLevel> levels) {
        if (levels.size() < 2) {
            return "One RAM usage only: the paper's second finding (more memory takes longer at every RTT) "
                    + "cannot be checked on this run.";
        }
        RamLevel small = levels.get(0);
        RamLevel large = levels.get(levels.size() - 1);
        List<String> violations = new ArrayList<>();
        for (Cell c : cells) {
            if (c.level() == small) {
                Optional<Cell> other = cell(cells, large, c.rttMs());
                if (other.isPresent() && other.get().meanS() <= c.meanS()) {
                    violations.add(Numbers.num(c.rttMs()) + " ms");
                }
            }
        }
        return violations.isEmpty()
                ? "The largest RAM usage took longer than the smallest at every RTT both were measured at, as the "
                        + "paper states."
                : "The largest RAM usage was NOT slower than the smallest at: " + String.join(", ", violations) + ".";
    }

    private static Optional<Cell> cell(List<Cell> cells, RamLevel level, double rttMs) {
        return cells.stream().filter(c -> c.level() == level && Math.abs(c.rttMs() - rttMs) < 0.25).findFirst();
    }
}
