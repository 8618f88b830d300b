package io.migcal.model.sim.calibrate;

import io.migcal.model.BadInputException;
import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PaperTables;
import io.migcal.model.sim.run.PolicyRuns;
import io.migcal.model.sim.scenario.Presets;
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
 * Chooses the paper's unstated parameters ({@link PaperParameters}) for one preset: random search
 * over their unit cube, then commons-math3's Nelder-Mead ({@link SimplexSearch}) from the best
 * points and a final polish, minimising {@link PaperObjective#searchScore} over that preset's table.
 * Each preset is calibrated on its own: Tables 3 and 5 come from two separate evaluations, and with
 * one parameter set for both, processing minus waiting time (19 start intervals plus the last VM's
 * work) would have to be the same in both tables, which the paper's 699.0 and 783.2-789.0 min are
 * not. Run by {@code migcal calibrate}, which writes the preset into a directory the user names; the
 * header of the preset records the arguments that reproduce it.
 */
public final class PaperCalibration {
    /**
     * @param preset {@code paper-2018} or {@code paper-2019}: the preset calibrated, against its table
     * @param samples random points tried before the simplex searches (0: start from {@code startRaw})
     * @param runsPerEvaluation simulation runs behind every mean the objective compares
     * @param seed the objective's fixed seed (and the random search's)
     * @param startRaw a start point in the raw order of {@link PaperParameters#toUnit}, or null
     * @param fixedSpec coordinates held fixed, e.g. {@code 17=1,18=0}, or null
     * @param evaluationsPerSearch the budget of each simplex search (0: evaluate the start only)
     */
    public record Settings(String preset, int samples, int runsPerEvaluation, long seed, double[] startRaw, String fixedSpec,
            int evaluationsPerSearch) {

        /** The arguments as the preset header records them. */
        String describe() {
            return String.format(Locale.ROOT, "--preset %s --samples %d --runs %d --seed %d --evaluations %d%s%s",
                    preset, samples, runsPerEvaluation, seed, evaluationsPerSearch,
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

    /** The preset, its chosen parameters, the worst relative error over its table, the provenance line. */
    public record Result(String preset, PaperParameters parameters, double maxRelativeError, String provenance) {
    }

    private final PrintWriter log;

    public PaperCalibration(PrintWriter log) {
        this.log = log;
    }

    public Result calibrate(Settings settings) {
        if (settings.samples() < 0 || settings.runsPerEvaluation() < 1 || settings.evaluationsPerSearch() < 0) {
            throw new BadInputException("--samples and --evaluations must be >= 0 and --runs >= 1");
        }
        if (!Presets.NAMES.contains(settings.preset())) {
            throw new BadInputException("--preset must be one of " + String.join(", ", Presets.NAMES)
                    + " (each preset is calibrated against its own table), not '" + settings.preset() + "'");
        }
        if (settings.samples() == 0 && settings.startRaw() == null) {
            throw new BadInputException("give --start (the raw parameters) or --samples > 0 for a random search");
        }
        PaperObjective objective = new PaperObjective(settings.preset(), settings.runsPerEvaluation(),
                settings.seed(), fixedFor(settings));
        double[] best = search(objective, settings);
        PaperParameters chosen = objective.parameters(best);
        double error = objective.maxRelativeError(chosen);
        String provenance = String.format(Locale.ROOT,
                "calibrated: migcal calibrate %s; max relative error %.4f over %d runs",
                settings.describe(), error, settings.runsPerEvaluation());
        log.println(provenance);
        log.println(chosen.describe());
        for (PaperTables.Row row : objective.rows()) {
            PolicyRuns ours = objective.runs(chosen, row);
            log.printf(Locale.ROOT, "%s %-10s processing %.1f (paper %.1f) waiting %.1f (paper %.1f) migrations %.2f (paper %.1f)%n",
                    row.preset(), row.policy(), ours.summary(Metric.PROCESSING_TIME_MIN).mean(), row.processingTimeMin(),
                    ours.summary(Metric.WAITING_TIME_MIN).mean(), row.waitingTimeMin(),
                    ours.summary(Metric.MIGRATIONS).mean(), row.migrations());
        }
        return new Result(settings.preset(), chosen, error, provenance);
    }

    /** Writes the calibrated preset ({@code paper-2018.yaml} or {@code paper-2019.yaml}) into {@code directory}. */
    public static Path writePreset(Result result, Path directory) {
        Path file = directory.resolve(result.preset() + ".yaml");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, PresetTemplate.of(result.preset(), result.parameters(), result.provenance()),
                    StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * The coordinates held fixed: those of {@code --fixed}, and for paper-2018 the RTT spread, which
     * only the line of Table 4 uses (held at the start's value, so the search does not wander in it).
     */
    private static double[] fixedFor(Settings settings) {
        double[] fixed = settings.fixedSpec() == null ? none() : fixed(settings.fixedSpec());
        if (settings.preset().equals("paper-2018") && Double.isNaN(fixed[PaperParameters.SPREAD])) {
            fixed[PaperParameters.SPREAD] = settings.startRaw() == null ? 0.5
                    : PaperParameters.toUnit(settings.startRaw())[PaperParameters.SPREAD];
        }
        return fixed;
    }

    private static double[] none() {
        double[] fixed = new double[PaperParameters.DIMENSIONS];
        Arrays.fill(fixed, Double.NaN);
        return fixed;
    }

    /** "17=0,18=1": unit-cube coordinates held fixed during the whole search (here: both switches). */
    static double[] fixed(String spec) {
        double[] fixed = none();
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
                SimplexSearch.Point found = SimplexSearch.minimise(x -> score(objective, x), start,
                        objective.free(), 0.08, settings.evaluationsPerSearch());
                log.printf(Locale.ROOT, "Nelder-Mead from a start: score %.4f%n", found.value());
                best = found.value() < best.value() ? found : best;
            }
        }
        SimplexSearch.Point polished = SimplexSearch.minimise(x -> score(objective, x), best.unit(),
                objective.free(), 0.02, settings.evaluationsPerSearch());
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
