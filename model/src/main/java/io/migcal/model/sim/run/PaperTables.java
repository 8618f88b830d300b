package io.migcal.model.sim.run;

import java.util.List;

/**
 * The paper's published results (Tables 3 and 5; minutes and counts, each the mean of 5 runs).
 * The paper reports no migrations for the runs without live migration: we hold 0 there.
 */
public final class PaperTables {
    /** One published row. */
    public record Row(String preset, String policy, double processingTimeMin, double waitingTimeMin,
            double migrations) {
    }

    public static final int PAPER_RUNS = 5;

    public static final List<Row> ROWS = List.of(
            new Row("paper-2018", "paper-2018", 708.4, 9.4, 2.7),
            new Row("paper-2018", "none", 755.6, 56.6, 0),
            new Row("paper-2019", "paper-2019", 906.4, 123.2, 3.6),
            new Row("paper-2019", "none", 1053.4, 264.4, 0));

    private PaperTables() {
    }
}
