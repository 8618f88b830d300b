package io.migcal.model.fit;

import io.migcal.model.BadInputException;
import io.migcal.model.measure.MeasurementData;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code --family auto}: among the formulas, the lowest leave-one-RTT-level-out MAPE, because predicting
 * RTTs the fit never saw is what a model is used for. A family whose held-out folds could not be fitted
 * is not a candidate under that rule. With no grouped result at all (fewer than 3 RTT levels) the
 * lowest random k-fold MAPE decides; failing that, the lowest AICc.
 *
 * <p>A family that only interpolates (shape-free) cannot predict a left-out end level, so it cannot be
 * ranked with the formulas on all levels. It challenges the formulas' choice on the interior levels
 * alone, the same folds and rows for both, and only where that formula does not describe the network:
 * when the formula's interior held-out MAPE is beyond the measurement noise ({@link NoiseVerdict}'s
 * limit, which needs repetitions) and the shape-free one's is lower. A formula within the noise is
 * kept, since it also extrapolates. Where the shape-free family is not chosen, the choice is exactly
 * what it was without it.
 */
final class AutoSelection {

    private AutoSelection() {
    }

    static FitReport select(MeasurementData data, List<FamilyFit> fits) {
        List<FamilyFit> identifiable = fits.stream().filter(FamilyFit::identifiable).toList();
        if (identifiable.isEmpty()) {
            throw new BadInputException(data.sourceName() + ": no model family can be fitted: " + fits.stream()
                    .map(f -> f.family().name() + " " + f.notIdentifiableReason()).collect(Collectors.joining("; "))
                    + "; measure at least 2 memory levels and 2 RTT levels");
        }
        List<FamilyFit> formulas = among(identifiable, f -> !f.family().interpolatesOnly());
        if (formulas.isEmpty()) {
            formulas = identifiable;
        }
        List<FamilyFit> grouped = among(formulas, f -> f.groupedCv().available());
        if (!grouped.isEmpty()) {
            Choice byFormula = pick(fits, grouped, f -> f.groupedCv().mapePct(), "leave-one-RTT-level-out CV MAPE",
                    "held-out RTT levels are how the model will be used");
            return challengedByInterpolation(data, fits, byFormula);
        }
        List<FamilyFit> random = among(formulas, f -> f.randomCv().available());
        if (!random.isEmpty()) {
            return pick(fits, random, f -> f.randomCv().mapePct(), "random k-fold CV MAPE",
                    "grouped-by-RTT CV was not possible: " + identifiable.get(0).groupedCv().unavailableReason())
                    .report(data, fits);
        }
        return pick(fits, formulas, f -> f.statistics().aicc() == null ? Double.MAX_VALUE
                : f.statistics().aicc(), "AICc", "no cross-validation was possible on this data").report(data, fits);
    }

    /** The shape-free family against the formulas' choice, on the interior RTT levels only. */
    private static FitReport challengedByInterpolation(MeasurementData data, List<FamilyFit> fits, Choice byFormula) {
        Optional<FamilyFit> challenger = fits.stream().filter(f -> f.family().interpolatesOnly()).findFirst();
        if (challenger.isEmpty()) {
            return byFormula.report(data, fits);
        }
        FamilyFit interpolator = challenger.get();
        FamilyFit formula = byFormula.best();
        Double formulaInterior = formula.groupedCv().interiorMapePct();
        if (!interpolator.identifiable() || !interpolator.groupedCv().available() || formulaInterior == null) {
            String why = interpolator.identifiable() ? interpolator.groupedCv().unavailableReason()
                    : interpolator.notIdentifiableReason();
            return new Choice(formula, byFormula.reason() + "; " + interpolator.family().name()
                    + " not a candidate (judged on interior RTT levels only: " + why + ")").report(data, fits);
        }
        double interior = interpolator.groupedCv().mapePct();
        MeasurementNoise noise = MeasurementNoise.of(data.observations());
        if (!noise.known()) {
            return new Choice(formula, byFormula.reason() + "; " + interpolator.family().name() + " not a candidate "
                    + "(it replaces a formula only beyond the noise, and no cell is repeated to measure it)")
                    .report(data, fits);
        }
        double noiseLimit = NoiseVerdict.NOISE_MULTIPLE * noise.relativeSdPct();
        if (formulaInterior <= noiseLimit) {
            return new Choice(formula, String.format(Locale.ROOT, "%s; %s not needed: %s is within noise on the "
                    + "interior RTT levels (%.2f %% held out, limit %.2f %%)", byFormula.reason(),
                    interpolator.family().name(), formula.family().name(), formulaInterior, noiseLimit)).report(data, fits);
        }
        if (interior < formulaInterior) {
            return new Choice(interpolator, String.format(Locale.ROOT, "auto: %s, lower held-out MAPE on the interior RTT "
                    + "levels, %.2f vs %.2f for %s, the best formula, which is beyond the noise limit of %.2f (%s); it "
                    + "only interpolates: outside the measured RTT range it continues along the end intervals, flagged "
                    + "as extrapolated", interpolator.family().name(), interior, formulaInterior, formula.family().name(),
                    noiseLimit,
                    byFormula.reason().substring("auto: ".length()))).report(data, fits);
        }
        return new Choice(formula, String.format(Locale.ROOT, "%s; %s not chosen: held-out MAPE on the interior RTT levels "
                + "%.2f vs %.2f for %s", byFormula.reason(), interpolator.family().name(), interior, formulaInterior,
                formula.family().name())).report(data, fits);
    }

    private static List<FamilyFit> among(List<FamilyFit> fits, Predicate<FamilyFit> test) {
        return fits.stream().filter(test).toList();
    }

    private static Choice pick(List<FamilyFit> fits, List<FamilyFit> candidates, Function<FamilyFit, Double> score,
            String criterion, String why) {
        FamilyFit best = candidates.stream().min(Comparator.comparing(score)).orElseThrow();
        String others = candidates.stream().filter(f -> f != best)
                .map(f -> String.format(Locale.ROOT, "%s %.2f", f.family().name(), score.apply(f)))
                .collect(Collectors.joining(", "));
        String left = fits.stream().filter(f -> !candidates.contains(f) && !f.family().interpolatesOnly())
                .map(f -> f.family().name()).collect(Collectors.joining(", "));
        String reason = String.format(Locale.ROOT, "auto: lowest %s, %.2f%s (%s)%s", criterion, score.apply(best),
                others.isEmpty() ? "" : " vs " + others, why,
                left.isEmpty() ? "" : "; not candidates (not identifiable or no held-out result): " + left);
        return new Choice(best, reason);
    }

    /** A chosen family and why. */
    private record Choice(FamilyFit best, String reason) {
        FitReport report(MeasurementData data, List<FamilyFit> fits) {
            return new FitReport(data, fits, best, reason);
        }
    }
}
