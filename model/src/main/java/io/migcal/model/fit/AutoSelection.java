package io.migcal.model.fit;

import io.migcal.model.BadInputException;
import io.migcal.model.measure.MeasurementData;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code --family auto}: among identifiable families, the lowest leave-one-RTT-level-out MAPE, because
 * predicting RTTs the fit never saw is what a model is used for; if that scheme is unavailable for some
 * family (fewer than 3 RTT levels), the lowest random k-fold MAPE; failing that, the lowest AICc.
 */
final class AutoSelection {

    private AutoSelection() {
    }

    static FitReport select(MeasurementData data, List<FamilyFit> fits) {
        List<FamilyFit> candidates = fits.stream().filter(FamilyFit::identifiable).toList();
        if (candidates.isEmpty()) {
            throw new BadInputException(data.sourceName() + ": no model family can be fitted: " + fits.stream()
                    .map(f -> f.family().name() + " " + f.notIdentifiableReason()).collect(Collectors.joining("; "))
                    + "; measure at least 2 memory levels and 2 RTT levels");
        }
        if (candidates.stream().allMatch(f -> f.groupedCv().available())) {
            return pick(data, fits, candidates, f -> f.groupedCv().mapePct(), "leave-one-RTT-level-out CV MAPE",
                    " (held-out RTT levels are how the model will be used)");
        }
        if (candidates.stream().allMatch(f -> f.randomCv().available())) {
            return pick(data, fits, candidates, f -> f.randomCv().mapePct(), "random k-fold CV MAPE",
                    " (grouped-by-RTT CV needs at least 3 RTT levels)");
        }
        return pick(data, fits, candidates, f -> f.statistics().aicc() == null ? Double.MAX_VALUE
                : f.statistics().aicc(), "AICc", " (no cross-validation was possible on this data)");
    }

    private static FitReport pick(MeasurementData data, List<FamilyFit> fits, List<FamilyFit> candidates,
            Function<FamilyFit, Double> score, String criterion, String why) {
        FamilyFit best = candidates.stream().min(Comparator.comparing(score)).orElseThrow();
        String others = candidates.stream().filter(f -> f != best)
                .map(f -> String.format(Locale.ROOT, "%s %.2f", f.family().name(), score.apply(f)))
                .collect(Collectors.joining(", "));
        String reason = String.format(Locale.ROOT, "auto: lowest %s, %.2f%s%s", criterion, score.apply(best),
                others.isEmpty() ? "" : " vs " + others, why);
        return new FitReport(data, fits, best, reason);
    }
}
