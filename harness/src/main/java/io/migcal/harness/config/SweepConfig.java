package io.migcal.harness.config;

import static io.migcal.harness.config.ConfigChecks.nonEmpty;
import static io.migcal.harness.config.ConfigChecks.nonNegative;
import static io.migcal.harness.config.ConfigChecks.orDefault;
import static io.migcal.harness.config.ConfigChecks.positive;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.migcal.model.BadInputException;
import java.util.List;
import java.util.Map;

/**
 * The grid to measure (every RTT times every fill, repeated), its order (shuffled with a seed by
 * default; a missing seed is drawn once and recorded), how long to let the guest settle, the
 * per-sample timeout, how far the measured RTT may stray before a row is flagged (an absolute part
 * plus a fraction of the set RTT), after how many failed samples in a row the sweep stops, the
 * migration settings crossed into the grid ({@code migration_settings}: per setting a list of levels,
 * see {@link MigrationSetting}), and the guest's dirty rates ({@code dirty_rate_bytes_per_s}, optional:
 * without it the guest holds a static fill and the rows leave the dirty-rate column empty; with it
 * every point is measured at each listed rate, 0 = static fill, set by a writer in the guest).
 */
public record SweepConfig(
        List<Double> rttMs, List<Long> fillBytes, Integer repetitions, Order order, Long seed,
        Double settleS, Double sampleTimeoutS, Double rttToleranceMs, Double rttToleranceRelative,
        Integer maxConsecutiveFailures, Map<String, List<Object>> migrationSettings, List<Long> dirtyRateBytesPerS) {

    /** Shuffled with the seed, or the grid as written (RTT outer, fill inner, repetition innermost). */
    public enum Order {
        @JsonProperty("random") RANDOM,
        @JsonProperty("grid") GRID
    }

    /** A sweep that varies no migration setting. */
    public SweepConfig(List<Double> rttMs, List<Long> fillBytes, Integer repetitions, Order order, Long seed,
            Double settleS, Double sampleTimeoutS, Double rttToleranceMs, Double rttToleranceRelative,
            Integer maxConsecutiveFailures) {
        this(rttMs, fillBytes, repetitions, order, seed, settleS, sampleTimeoutS, rttToleranceMs,
                rttToleranceRelative, maxConsecutiveFailures, null, null);
    }

    /** A sweep without a dirty-rate axis (static fill). */
    public SweepConfig(List<Double> rttMs, List<Long> fillBytes, Integer repetitions, Order order, Long seed,
            Double settleS, Double sampleTimeoutS, Double rttToleranceMs, Double rttToleranceRelative,
            Integer maxConsecutiveFailures, Map<String, List<Object>> migrationSettings) {
        this(rttMs, fillBytes, repetitions, order, seed, settleS, sampleTimeoutS, rttToleranceMs,
                rttToleranceRelative, maxConsecutiveFailures, migrationSettings, null);
    }

    @com.fasterxml.jackson.annotation.JsonCreator

    public SweepConfig {
        rttMs = List.copyOf(nonEmpty(rttMs, "rtt_ms"));
        fillBytes = List.copyOf(nonEmpty(fillBytes, "fill_bytes"));
        rttMs.forEach(rtt -> nonNegative(rtt, "rtt_ms"));
        distinct(rttMs, "rtt_ms");
        distinct(fillBytes, "fill_bytes");
        fillBytes.forEach(bytes -> positive(bytes, "fill_bytes"));
        repetitions = orDefault(repetitions, 1);
        if (repetitions < 1) {
            throw new BadInputException("'repetitions' must be >= 1, got " + repetitions);
        }
        order = orDefault(order, Order.RANDOM);
        settleS = nonNegative(orDefault(settleS, 10.0), "settle_s");
        sampleTimeoutS = positive(orDefault(sampleTimeoutS, 600.0), "sample_timeout_s");
        rttToleranceMs = nonNegative(orDefault(rttToleranceMs, 1.0), "rtt_tolerance_ms");
        rttToleranceRelative = nonNegative(orDefault(rttToleranceRelative, 0.10), "rtt_tolerance_relative");
        if (dirtyRateBytesPerS != null) {
            dirtyRateBytesPerS = List.copyOf(nonEmpty(dirtyRateBytesPerS, "dirty_rate_bytes_per_s"));
            dirtyRateBytesPerS.forEach(rate -> nonNegative(rate, "dirty_rate_bytes_per_s"));
            distinct(dirtyRateBytesPerS, "dirty_rate_bytes_per_s");
        }
        maxConsecutiveFailures = orDefault(maxConsecutiveFailures, 3);
        if (maxConsecutiveFailures < 1) {
            throw new BadInputException("'max_consecutive_failures' must be >= 1, got " + maxConsecutiveFailures);
        }
        SettingAxes.parse(migrationSettings);
        migrationSettings = migrationSettings == null || migrationSettings.isEmpty() ? null
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(migrationSettings));
    }

    /** The migration settings the sweep varies, checked and canonical (none when the key is left out). */
    public SettingAxes settingAxes() {
        return SettingAxes.parse(migrationSettings);
    }

    private static void distinct(List<?> values, String key) {
        if (new java.util.HashSet<>(values).size() != values.size()) {
            throw new BadInputException("key '" + key + "' lists a value twice; use 'repetitions' to repeat");
        }
    }

    /** This sweep with the seed fixed (a drawn one, before the run starts). */
    public SweepConfig withSeed(long chosenSeed) {
        return new SweepConfig(rttMs, fillBytes, repetitions, order, chosenSeed, settleS, sampleTimeoutS,
                rttToleranceMs, rttToleranceRelative, maxConsecutiveFailures, migrationSettings,
                dirtyRateBytesPerS);
    }

    /** This sweep at other RTT levels, everything else the same (the levels a refinement adds). */
    public SweepConfig withRttMs(List<Double> levelsMs) {
        return new SweepConfig(levelsMs, fillBytes, repetitions, order, seed, settleS, sampleTimeoutS,
                rttToleranceMs, rttToleranceRelative, maxConsecutiveFailures, migrationSettings,
                dirtyRateBytesPerS);
    }

    /** The dirty rates to measure at; a list of one {@code null} when the sweep has no dirty-rate axis. */
    public List<Long> dirtyRateLevels() {
        return dirtyRateBytesPerS == null ? java.util.Collections.singletonList(null) : dirtyRateBytesPerS;
    }
}
