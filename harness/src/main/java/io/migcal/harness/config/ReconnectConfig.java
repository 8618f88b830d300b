package io.migcal.harness.config;

import static io.migcal.harness.config.ConfigChecks.orDefault;
import static io.migcal.harness.config.ConfigChecks.positive;

import io.migcal.model.BadInputException;

/**
 * How the harness rides out a flaky link to the lab: a call that failed because the SSH session or
 * the API connection broke is retried after {@code first_delay_s}, then twice as long each time up to
 * {@code max_delay_s}, at most {@code total_s} of waiting in all (0: never retry) before it is a lab
 * fault. A sample whose migration was disturbed by such a fault is repeated, at most
 * {@code sample_repeats} times. {@code api_timeout_s} is how long one API reply may take.
 */
public record ReconnectConfig(Double firstDelayS, Double maxDelayS, Double totalS, Integer sampleRepeats,
        Double apiTimeoutS) {

    public static final ReconnectConfig DEFAULT = new ReconnectConfig(null, null, null, null, null);

    public ReconnectConfig {
        firstDelayS = positive(orDefault(firstDelayS, 1.0), "reconnect.first_delay_s");
        maxDelayS = positive(orDefault(maxDelayS, 15.0), "reconnect.max_delay_s");
        if (maxDelayS < firstDelayS) {
            throw new BadInputException("key 'reconnect.max_delay_s' (" + maxDelayS + ") must be >= 'reconnect.first_delay_s' ("
                    + firstDelayS + ")");
        }
        totalS = orDefault(totalS, 120.0);
        if (!(totalS >= 0 && totalS <= 86_400)) {
            throw new BadInputException("key 'reconnect.total_s' must be between 0 (never retry) and 86400 s, got " + totalS);
        }
        sampleRepeats = orDefault(sampleRepeats, 3);
        if (sampleRepeats < 0 || sampleRepeats > 100) {
            throw new BadInputException("key 'reconnect.sample_repeats' must be between 0 and 100, got " + sampleRepeats);
        }
        apiTimeoutS = positive(orDefault(apiTimeoutS, 60.0), "reconnect.api_timeout_s");
    }
}
