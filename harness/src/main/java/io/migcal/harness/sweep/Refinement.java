package io.migcal.harness.sweep;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.migcal.model.csv.CsvNumbers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RTT levels added to a run after it was planned ({@code migcal sweep --refine}), as the manifest
 * records them: which levels, how many samples that made, when the refinement started (on the lab's
 * clock, like the run's other times), and where the levels came from: a fit's recommendation, or
 * given by hand ({@code recommendation} is then absent).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Refinement(List<Double> addedRttMs, int samplesAdded, String addedAt, String source,
        FitRecommendation recommendation) {
    static final String BY_HAND = "--rtt-ms given by hand";
    static final String FROM_FIT = "the fit's next_rtt_ms";

    public Refinement {
        addedRttMs = List.copyOf(addedRttMs);
    }

    static Refinement byHand(List<Double> rttMs) {
        return new Refinement(rttMs, 0, null, BY_HAND, null);
    }

    static Refinement recommended(FitRecommendation recommendation) {
        return new Refinement(recommendation.nextRttMs(), 0, null, FROM_FIT, recommendation);
    }

    Refinement withLevels(List<Double> rttMs) {
        return new Refinement(rttMs, samplesAdded, addedAt, source, recommendation);
    }

    Refinement withSamples(int samples) {
        return new Refinement(addedRttMs, samples, addedAt, source, recommendation);
    }

    Refinement at(String time) {
        return new Refinement(addedRttMs, samplesAdded, time, source, recommendation);
    }

    /** {@code + RTT 25, 35 ms (8 samples) from ...}: one line for the plan and the run's log. */
    String describe() {
        String from = recommendation == null ? source : recommendation.describe();
        return "+ RTT " + levels(addedRttMs) + " ms (" + samplesAdded + " samples) from " + from;
    }

    static String levels(List<Double> rttMs) {
        return rttMs.stream().map(CsvNumbers::format).collect(Collectors.joining(", "));
    }
}
