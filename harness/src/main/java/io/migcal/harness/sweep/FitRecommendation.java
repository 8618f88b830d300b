package io.migcal.harness.sweep;

import java.util.List;
import java.util.Locale;

/**
 * What a fit of a run recommends measuring next, as {@code transfer-model.json} states it: the RTT
 * levels ({@code noise.next_rtt_ms}) and why (the chosen family's held-out error against the noise
 * limit), with the file and the SHA-256 of the measurements it was fitted on.
 */
public record FitRecommendation(String modelFile, String inputSha256, String family, Double heldOutMapePct,
        Double noiseLimitPct, List<Double> nextRttMs) {

    public FitRecommendation {
        nextRttMs = List.copyOf(nextRttMs);
    }

    /** {@code fit/transfer-model.json (queue-loss: held-out 12.3 % vs noise limit 2.4 %)}. */
    String describe() {
        return modelFile + " (" + verdict() + ")";
    }

    /** {@code queue-loss: held-out 12.3 % vs noise limit 2.4 %}. */
    String verdict() {
        return family + ": held-out " + percent(heldOutMapePct) + " vs noise limit " + percent(noiseLimitPct);
    }

    static String percent(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f %%", value);
    }
}
