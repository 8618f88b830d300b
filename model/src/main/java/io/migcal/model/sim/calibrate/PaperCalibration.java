package io.migcal.model.sim.calibrate;

import io.migcal.model.BadInputException;
import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PaperTables;
import io.migcal.model.sim.run.PolicyRuns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Chooses the paper's unstated parameters ({@link PaperParameters}): random search over their unit
 * cube, then commons-math3's Nelder-Mead ({@link SimplexSearch}) from the best points and a final
 * polish, minimising {@link PaperObjective#searchScore}. Run by {@code migcal calibrate}, which
 * writes both presets into a directory the user names; the header of each preset records the
 * arguments that reproduce it.
 */
public final class PaperCalibration {
    /**
     * @param samples random points tried before the simplex searches (0: start from {@code startRaw})
     * @param runsPerEvaluation simulation runs behind every mean the objective compares
     * @param seed the objective's fixed seed (and the random search's)
     * @param startRaw a start point in the raw order of {@link PaperParameters#toUnit}, or null
     * @param fixedSpec coordinates held fixed, e.g. {@code 17=1,18=0}, or null
     * @param evaluationsPerSearch the budget of each simplex search (0: evaluate the start only)
     */
    public record Settings(int samples, int runsPerEvaluation, long seed, double[] startRaw, String fixedSpec,
            int evaluationsPerSearch) {

        /** The arguments as the preset header records them. */
        String describe() {
            return String.format(Locale.ROOT, "--samples %d --runs %d --seed %d --evaluations %d%s%s",
                    samples, runsPerEvaluation, seed, evaluationsPerSearch,
                    startRaw == null ? "" : " --start " + raw(startRaw),
                    fixedSpec == null ? "" : " --fixed " + fixedSpec);
        }

        private static String raw(double[] v) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                out.append(i == 0 ? "" : ",").append(PresetTemplate.num(v[i]));
            }
            return out.toString();
        }
    }

    /** The chosen parameters, the worst relative error over the published numbers, the provenance line. */
    public record Result(PaperParameters parameters, double maxRelativeError, String provenance) {
    }

    private final PrintWriter log;

    public PaperCalibration(PrintWriter log) {
        this.log = log;
    }

    public Result calibrate(Settings settings) {
        if (settings.samples() < 0 || settings.runsPerEvaluation() < 1 || settings.evaluationsPerSearch() < 0) {
            throw new BadInputException("--samples and --evaluations must be >= 0 and --runs >= 1");
        }
        if (settings.samples() == 0 && settings.startRaw() == null) {
            throw new BadInputException("give --start (the raw parameters) or --samples > 0 for a random search");
        }
        PaperObjective objective = new PaperObjective(settings.runsPerEvaluation(), settings.seed(),
                settings.fixedSpec() == null ? null : fixed(settings.fixedSpec()));
        double[] best = search(objective, settings);
        PaperParameters chosen = objective.parameters(best);
        double error = objective.maxRelativeError(chosen);
        String provenance = String.format(Locale.ROOT,
                "calibrated: migcal calibrate %s; max relative error %.4f over %d runs",
                settings.describe(), error, settings.runsPerEvaluation());
        log.println(provenance);
        log.println(chosen.describe());
        for (PaperTables.Row row : PaperTables.ROWS) {
            PolicyRuns ours = objective.runs(chosen, row);
            log.printf(Locale.ROOT, "%s %-10s processing %.1f (paper %.1f) waiting %.1f (paper %.1f) migrations %.2f (paper %.1f)%n",
                    row.preset(), row.policy(), ours.summary(Metric.PROCESSING_TIME_MIN).mean(), row.processingTimeMin(),
                    ours.summary(Metric.WAITING_TIME_MIN).mean(), row.waitingTimeMin(),
                    ours.summary(Metric.MIGRATIONS).mean(), row.migrations());
        }
        return new Result(chosen, error, provenance);
    }

    /** Writes {@code paper-2018.yaml} and {@code paper-2019.yaml} into {@code directory}. */
    public static void writePresets(Result result, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("paper-2018.yaml"),
                    PresetTemplate.paper2018(result.parameters(), result.provenance()), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve("paper-2019.yaml"),
                    PresetTemplate.paper2019(result.parameters(), result.provenance()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write presets into " + directory, e);
        }
    }

    /** "17=0,18=1": unit-cube coordinates held fixed during the whole search (here: both switches). */
    static double[] fixed(String spec) {
        double[] fixed = new double[PaperParameters.DIMENSIONS];
        Arrays.fill(fixed, Double.NaN);
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=");
            try {
                fixed[Integer.parseInt(kv[0].trim())] = Double.parseDouble(kv[1].trim());
            } catch (RuntimeException e) {
                throw new BadInputException("--fixed " + spec + ": each item must be INDEX=VALUE with INDEX 0-"
                        + (PaperParameters.DIMENSIONS - 1) + ", e.g. 17=1,18=0");
            }
        }
        return fixed;
    }

    private double[] search(PaperObjective objective, Settings settings) {
        double[] given = settings.startRaw() == null ? null : PaperParameters.toUnit(settings.startRaw());
        double[][] starts = new double[3][];
        double[] startScores = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        if (given != null) {
            keepBest(starts, startScores, given, score(objective, given));
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (int s = 0; s < settings.samples(); s++) {
            double[] x = new double[PaperParameters.DIMENSIONS];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextDouble();
            }
            keepBest(starts, startScores, x, score(objective, x));
        }
        log.printf(Locale.ROOT, "start: best score %.4f%n", startScores[0]);
        if (settings.evaluationsPerSearch() == 0) {
            return starts[0];
        }
        SimplexSearch.Point best = new SimplexSearch.Point(starts[0], startScores[0]);
        for (double[] start : starts) {
            if (start != null) {
                SimplexSearch.Point found = SimplexSearch.minimise(x -> score(objective, x), start, 0.08,
                        settings.evaluationsPerSearch());
                log.printf(Locale.ROOT, "Nelder-Mead from a start: score %.4f%n", found.value());
                best = found.value() < best.value() ? found : best;
            }
        }
        SimplexSearch.Point polished = SimplexSearch.minimise(x -> score(objective, x), best.unit(), 0.02,
                settings.evaluationsPerSearch());
        log.printf(Locale.ROOT, "final polish: score %.4f%n", polished.value());
        return polished.value() < best.value() ? polished.unit() : best.unit();
    }

    private static double score(PaperObjective objective, double[] unit) {
        return objective.searchScore(objective.parameters(unit));
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
