package io.migcal.model.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleToIntFunction;

/**
 * The shape-free family's constrained least-squares solution, used as the start of the search. Where
 * every cell sits at a knot the family is T = a_l + g_l*M at level l, linear in its parameters, and the
 * problem (weighted squares with a_l >= 0 and g non-decreasing) is convex; this solves it exactly.
 * Profiling a_l out leaves, per level, a convex function of g_l alone: a quadratic around the level's
 * own slope while its best intercept is positive, and the quadratic of a line through the origin beyond
 * (where a_l = 0). Pool-adjacent-violators on these functions (isotonic regression; each block's common
 * slope is where the sum of its derivatives, piecewise linear, crosses zero) gives the non-decreasing
 * slopes; each intercept is then the best one under its slope, clamped at 0. The search that follows
 * starts at the optimum and stays there; with cells between knots (a measured RTT) it polishes.
 */
final class ShapeFreeStart {
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;

    private ShapeFreeStart() {
    }

    /**
     * Intercepts (s) then slopes (s/GiB), one per knot. Each cell weighs {@code weightSquared[i]} around
     * the time {@code centreS[i]} (for single rows on relative residuals: 1/T^2 and T).
     */
    static double[][] solve(List<io.migcal.model.measure.FitObservation> cells, double[] weightSquared,
            double[] centreS, int knots, DoubleToIntFunction levelOf, double minSlope) {
        Level[] levels = new Level[knots];
        for (int k = 0; k < knots; k++) {
            levels[k] = new Level();
        }
        for (int i = 0; i < cells.size(); i++) {
            double m = cells.get(i).guestUsedBytes() / GIB;
            levels[levelOf.applyAsInt(cells.get(i).rttMs())].add(weightSquared[i], m, centreS[i]);
        }
        double[] slopes = pooled(levels);
        for (int k = 0; k < knots; k++) {
            slopes[k] = Math.max(slopes[k], minSlope); // clipping the isotonic solution is optimal under a floor
        }
        double[] intercepts = new double[knots];
        for (int k = 0; k < knots; k++) {
            intercepts[k] = levels[k].interceptAt(slopes[k]);
        }
        return new double[][] {intercepts, slopes};
    }

    /** Pool-adjacent-violators over the levels' convex profiles. */
    private static double[] pooled(Level[] levels) {
        List<List<Level>> blocks = new ArrayList<>();
        List<Double> optima = new ArrayList<>();
        for (Level level : levels) {
            blocks.add(new ArrayList<>(List.of(level)));
            optima.add(minimum(blocks.get(blocks.size() - 1)));
            while (blocks.size() > 1 && optima.get(optima.size() - 2) > optima.get(optima.size() - 1)) {
                List<Level> last = blocks.remove(blocks.size() - 1);
                optima.remove(optima.size() - 1);
                blocks.get(blocks.size() - 1).addAll(last);
                optima.set(optima.size() - 1, minimum(blocks.get(blocks.size() - 1)));
            }
        }
        double[] slopes = new double[levels.length];
        int next = 0;
        for (int b = 0; b < blocks.size(); b++) {
            for (int j = 0; j < blocks.get(b).size(); j++) {
                slopes[next++] = optima.get(b);
            }
        }
        return slopes;
    }

    /** Where the block's summed derivative (continuous, non-decreasing, linear between breakpoints) is zero. */
    private static double minimum(List<Level> block) {
        double[] breaks = block.stream().mapToDouble(Level::breakpoint).filter(Double::isFinite).sorted().toArray();
        double[] edges = new double[breaks.length + 2];
        edges[0] = Double.NEGATIVE_INFINITY;
        System.arraycopy(breaks, 0, edges, 1, breaks.length);
        edges[edges.length - 1] = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < edges.length; i++) {
            double probe = Double.isInfinite(edges[i]) ? (Double.isInfinite(edges[i + 1]) ? 0 : edges[i + 1] - 1)
                    : Double.isInfinite(edges[i + 1]) ? edges[i] + 1 : (edges[i] + edges[i + 1]) / 2;
            double slope = 0;
            double offset = 0;
            for (Level level : block) {
                slope += level.derivativeSlope(probe);
                offset += level.derivativeOffset(probe);
            }
            if (slope <= 0) {
                continue; // flat stretch: no unique root here
            }
            double root = -offset / slope;
            if (root <= edges[i + 1] && root >= edges[i]) {
                return root;
            }
        }
        return Arrays.stream(breaks).average().orElse(0);
    }

    /**
     * One RTT level's weighted sums. The derivative of its profile in g is 2 (S g - R) while the best
     * intercept (Wc - g Wm)/W is positive (g below the breakpoint Wc/Wm) and 2 (Wmm g - Wcm) beyond.
     */
    private static final class Level {
        private double w;
        private double wm;
        private double wmm;
        private double wc;
        private double wcm;

        void add(double weight, double m, double c) {
            w += weight;
            wm += weight * m;
            wmm += weight * m * m;
            wc += weight * c;
            wcm += weight * c * m;
        }

        double breakpoint() {
            return wm > 0 ? wc / wm : Double.POSITIVE_INFINITY;
        }

        double derivativeSlope(double g) {
            return g <= breakpoint() ? wmm - wm * wm / w : wmm;
        }

        double derivativeOffset(double g) {
            return g <= breakpoint() ? -(wcm - wc * wm / w) : -wcm;
        }

        double interceptAt(double g) {
            return w > 0 ? Math.max(0, (wc - g * wm) / w) : 0;
        }
    }
}
