package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Whether the chosen model's held-out error is within the measurement noise, per left-out RTT level
 * and overall, and where to measure next when it is not. A perfect model still misses a held-out row
 * by the noise (mean absolute error about 0.8 sd) plus its own parameter error; a held-out MAPE up to
 * {@value #NOISE_MULTIPLE} x the noise's relative sd counts as within noise. The next RTT levels are
 * the midpoints on both sides of the worst interior level that is not within noise (where neighbouring
 * levels disagree most with the model), or beyond the ends when only an end level misses. A family
 * that only interpolates (the shape-free one) is judged on the interior levels alone.
 */
public record NoiseVerdict(MeasurementNoise noise, List<LevelError> levels, Double heldOutMapePct,
        Boolean withinNoise, List<Double> nextRttMs) {
    static final double NOISE_MULTIPLE = 2;

    /** The held-out error at one RTT level, the chosen family fitted without it. */
    public record LevelError(double rttMs, double mapePct, boolean withinNoise) {
    }

    public NoiseVerdict {
        levels = List.copyOf(levels);
        nextRttMs = List.copyOf(nextRttMs);
    }

    public static NoiseVerdict of(FamilyFit chosen, List<FitObservation> observations) {
        MeasurementNoise noise = MeasurementNoise.of(observations);
        List<LevelError> levels = new ArrayList<>();
        RowCells rows = RowCells.of(observations);
        LevelGrouping grouping = LevelGrouping.of(rows.cells().distinctRttsMs(), 0.5);
        if (grouping.count() < 3 || !chosen.identifiable()) {
            return new NoiseVerdict(noise, levels, null, null, List.of());
        }
        int[] levelOfCell = rows.cells().cells().stream().mapToInt(c -> grouping.levelOf(c.inputs().rttMs())).toArray();
        double[] rttOfCell = rows.perCell(FitObservation::rttMs);
        double threshold = NOISE_MULTIPLE * noise.relativeSdPct();
        double sum = 0;
        long judged = 0;
        boolean interiorOnly = chosen.family().interpolatesOnly();
        for (int level = interiorOnly ? 1 : 0; level < grouping.count() - (interiorOnly ? 1 : 0); level++) {
            int l = level;
            IntPredicate heldOut = i -> levelOfCell[rows.cellOf(i)] == l;
            LeastSquaresFitter.Bound fitted;
            try {
                fitted = LeastSquaresFitter.fitBound(chosen.family(), rows.cellsOfRows(heldOut.negate()));
            } catch (NotIdentifiableException e) {
                return new NoiseVerdict(noise, List.of(), null, null, List.of());
            }
            double error = rows.sumAbsoluteRelativeError(rows.perCell(o -> fitted.family().transferTimeS(
                    fitted.parameters().values(), o.guestUsedBytes(), o.rttMs(), LevenbergMarquardtRun.dirtyRate(o))),
                    heldOut);
            sum += error;
            long count = IntStream.range(0, rows.rowCount()).filter(heldOut).count();
            judged += count;
            double mape = 100 * error / count;
            double rtt = rows.rowMean(rttOfCell, heldOut);
            levels.add(new LevelError(rtt, mape, noise.known() && mape <= threshold));
        }
        double overall = 100 * sum / judged;
        Boolean within = noise.known() ? overall <= threshold : null;
        return new NoiseVerdict(noise, levels, overall, within, Boolean.TRUE.equals(within) || !noise.known()
                ? List.of() : next(levels));
    }

    private static List<Double> next(List<LevelError> levels) {
        LevelError worst = levels.stream().filter(l -> !l.withinNoise())
                .max(java.util.Comparator.comparingDouble(LevelError::mapePct)).orElse(null);
        if (worst == null) {
            return List.of();
        }
        int i = levels.indexOf(worst);
        List<Double> next = new ArrayList<>();
        if (i > 0) {
            next.add(round((levels.get(i - 1).rttMs() + worst.rttMs()) / 2));
        }
        if (i < levels.size() - 1) {
            next.add(round((worst.rttMs() + levels.get(i + 1).rttMs()) / 2));
        }
        if (i == levels.size() - 1 && i > 0) {
            next.add(round(worst.rttMs() + (worst.rttMs() - levels.get(i - 1).rttMs()) / 2));
        }
        return next;
    }

    private static double round(double rttMs) {
        return Math.round(rttMs * 10) / 10.0;
    }

    /** The ready config line for the next sweep (or for sweep --refine), e.g. {@code sweep.rtt_ms: [15, 22.5]}. */
    public String sweepLine() {
        return "sweep.rtt_ms: [" + nextRttMs.stream().map(NoiseVerdict::plain).collect(Collectors.joining(", ")) + "]";
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
