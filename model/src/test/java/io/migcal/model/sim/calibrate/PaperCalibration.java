package io.migcal.model.sim.calibrate;

import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PaperTables;
import io.migcal.model.sim.run.PolicyRuns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Chooses the paper's unstated parameters: random search over the unit cube of
 * {@link PaperParameters}, then Nelder-Mead from the best points, minimising
 * {@link PaperObjective#searchScore}. Writes both presets. Rerun through
 * {@link PaperCalibrationRun} (optional arguments: samples, runs per evaluation, seed, and a comma-separated start point in
 * the raw order of {@link PaperParameters#toUnit}).
 */
public final class PaperCalibration {
    private static final String PRESET_DIR = "src/main/resources/io/migcal/model/sim/scenario/presets";
    /** Surefire runs in {@code model/}, a plain java command usually in the repository root. */
    private static final Path PRESETS = Files.isDirectory(Path.of(PRESET_DIR)) ? Path.of(PRESET_DIR)
            : Path.of("model", PRESET_DIR);

    private PaperCalibration() {
    }

    public static void main(String[] args) throws IOException {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2019L;
        double[] start = args.length > 3 && !args[3].equals("-")
                ? PaperParameters.toUnit(Arrays.stream(args[3].split(",")).mapToDouble(Double::parseDouble).toArray())
                : null;
        double[] fixed = args.length > 4 ? fixed(args[4]) : null;
        PaperObjective objective = new PaperObjective(runs, seed, fixed);
        double[] best = search(objective, samples, seed, start);
        PaperParameters chosen = objective.parameters(best);
        double error = objective.maxRelativeError(chosen);
        String provenance = String.format(Locale.ROOT,
                "calibrated: PaperCalibration %d %d %d%s%s; max relative error %.4f over %d runs",
                samples, runs, seed, args.length > 3 ? " " + args[3] : "", args.length > 4 ? " " + args[4] : "", error, runs);
        System.out.println(provenance);
        System.out.println(chosen.describe());
        Files.writeString(PRESETS.resolve("paper-2018.yaml"), PresetTemplate.paper2018(chosen, provenance), StandardCharsets.UTF_8);
        Files.writeString(PRESETS.resolve("paper-2019.yaml"), PresetTemplate.paper2019(chosen, provenance), StandardCharsets.UTF_8);
        for (PaperTables.Row row : PaperTables.ROWS) {
            PolicyRuns ours = objective.runs(chosen, row);
            System.out.printf(Locale.ROOT, "%s %-10s processing %.1f (paper %.1f) waiting %.1f (paper %.1f) migrations %.2f (paper %.1f)%n",
                    row.preset(), row.policy(), ours.summary(Metric.PROCESSING_TIME_MIN).mean(), row.processingTimeMin(),
                    ours.summary(Metric.WAITING_TIME_MIN).mean(), row.waitingTimeMin(),
                    ours.summary(Metric.MIGRATIONS).mean(), row.migrations());
        }
    }

    /** "17=0,18=1": unit-cube coordinates held fixed during the whole search (here: both switches). */
    static double[] fixed(String spec) {
        double[] fixed = new double[PaperParameters.DIMENSIONS];
        Arrays.fill(fixed, Double.NaN);
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=");
            fixed[Integer.parseInt(kv[0])] = Double.parseDouble(kv[1]);
        }
        return fixed;
    }

    static double[] search(PaperObjective objective, int samples, long seed, double[] given) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = PaperParameters.DIMENSIONS;
        double[][] starts = new double[3][];
        double[] startScores = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        if (given != null) {
            keepBest(starts, startScores, given, objective.searchScore(objective.parameters(given)));
        }
        for (int s = 0; s < samples; s++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextDouble();
            }
            double score = objective.searchScore(objective.parameters(x));
            keepBest(starts, startScores, x, score);
        }
        System.out.printf(Locale.ROOT, "random search best %.4f%n", startScores[0]);
        double[] best = starts[0];
        double bestScore = startScores[0];
        for (double[] start : starts) {
            if (start == null) {
                continue;
            }
            NelderMead.Result result = NelderMead.minimise(
                    x -> objective.searchScore(objective.parameters(x)), start, 0.08, 600);
            System.out.printf(Locale.ROOT, "Nelder-Mead from a start: score %.4f, max relative error %.4f%n",
                    result.value(), objective.maxRelativeError(objective.parameters(result.point())));
            if (result.value() < bestScore) {
                bestScore = result.value();
                best = result.point();
            }
        }
        NelderMead.Result polished = NelderMead.minimise(
                x -> objective.searchScore(objective.parameters(x)), best, 0.02, 600);
        System.out.printf(Locale.ROOT, "final polish: score %.4f%n", polished.value());
        return polished.value() < bestScore ? polished.point() : best;
    }

    private static void keepBest(double[][] kept, double[] scores, double[] x, double score) {
        for (int i = 0; i < kept.length; i++) {
            if (score < scores[i]) {
                System.arraycopy(kept, i, kept, i + 1, kept.length - i - 1);
                System.arraycopy(scores, i, scores, i + 1, scores.length - i - 1);
                kept[i] = Arrays.copyOf(x, x.length);
                scores[i] = score;
                return;
            }
        }
    }
}
