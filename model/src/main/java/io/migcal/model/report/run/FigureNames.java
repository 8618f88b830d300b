package io.migcal.model.report.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The file name of each RAM level's figure. The paper's two RAM usages keep the paper's names: the
 * level closest to 0.6 GiB (within 5 %) is {@code fig2}, to 1.0 GiB {@code fig3}; every other level is
 * {@code fig-ram-<GiB>gib}, so a run at other fills gets one figure per level under a name that says which.
 */
final class FigureNames {
    private static final double[] PAPER_GIB = {0.6, 1.0};
    private static final String[] PAPER_NAMES = {"fig2", "fig3"};
    private static final double TOLERANCE = 0.05;

    private FigureNames() {
    }

    /** One name per level, in the levels' order, each with the paper's figure number or none. */
    static List<Named> of(List<RamLevel> levels) {
        String[] names = new String[levels.size()];
        int[] paperFigure = new int[levels.size()];
        for (int p = 0; p < PAPER_GIB.length; p++) {
            int closest = closestWithin(levels, PAPER_GIB[p], names);
            if (closest >= 0) {
                names[closest] = PAPER_NAMES[p];
                paperFigure[closest] = p + 2;
            }
        }
        Set<String> used = new HashSet<>();
        List<Named> named = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            String name = names[i] != null ? names[i]
                    : String.format(Locale.ROOT, "fig-ram-%.2fgib", levels.get(i).meanUsedGib());
            String unique = name;
            for (int n = 2; !used.add(unique); n++) {
                unique = name + "-" + n;
            }
            named.add(new Named(unique, paperFigure[i]));
        }
        return named;
    }

    /** A figure's file name without extension, and the paper's figure it redraws (0: none). */
    record Named(String file, int paperFigure) {
    }

    private static int closestWithin(List<RamLevel> levels, double gib, String[] taken) {
        int best = -1;
        double bestGap = TOLERANCE * gib;
        for (int i = 0; i < levels.size(); i++) {
            double gap = Math.abs(levels.get(i).meanUsedGib() - gib);
            if (taken[i] == null && gap <= bestGap) {
                best = i;
                bestGap = gap;
            }
        }
        return best;
    }
}
