package io.migcal.model.fit;

import io.migcal.model.BadInputException;
import io.migcal.model.measure.MeasurementData;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code --family auto}: the lowest leave-one-RTT-level-out MAPE, because predicting RTTs the fit never
 * saw is what a model is used for. A family whose held-out folds could not be fitted is not a candidate
 * under that rule. With no grouped result at all (fewer than 3 RTT levels) the lowest random k-fold MAPE
 * decides; failing that, the lowest AICc.
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
        List<FamilyFit> grouped = among(identifiable, f -> f.groupedCv().available());
        if (!grouped.isEmpty()) {
            return pick(data, fits, grouped, f -> f.groupedCv().mapePct(), "leave-one-RTT-level-out CV MAPE",
                    "held-out RTT levels are how the model will be used");
        }
        List<FamilyFit> random = among(identifiable, f -> f.randomCv().available());
        if (!random.isEmpty()) {
            return pick(data, fits, random, f -> f.randomCv().mapePct(), "random k-fold CV MAPE",
                    "grouped-by-RTT CV was not possible: " + identifiable.get(0).groupedCv().unavailableReason());
        }
        return pick(data, fits, identifiable, f -> f.statistics().aicc() == null ? Double.MAX_VALUE
                : f.statistics().aicc(), "AICc", "no cross-validation was possible on this data");
    }

    private static List<FamilyFit> among(List<FamilyFit> fits, Predicate<FamilyFit> test) {
        return fits.stream().filter(test).toList();
    }

    private static FitReport pick(MeasurementData data, List<FamilyFit> fits, List<FamilyFit> candidates,
            Function<FamilyFit, Double> score, String criterion, String why) {
        FamilyFit best = candidates.stream().min(Comparator.comparing(score)).orElseThrow();
        String others = candidates.stream().filter(f -> f != best)
                .map(f -> String.format(Locale.ROOT, "%s %.2f", f.family().name(), score.apply(f)))
                .collect(Collectors.joining(", "));
        String left = fits.stream().filter(f -> !candidates.contains(f)).map(f -> f.family().name())
                .collect(Collectors.joining(", "));
        String reason = String.format(Locale.ROOT, "auto: lowest %s, %.2f%s (%s)%s", criterion, score.apply(best),
                others.isEmpty() ? "" : " vs " + others, why,
                left.isEmpty() ? "" : "; not candidates (not identifiable or no held-out result): " + left);
        return new FitReport(data, fits, best, reason);
    }
}
