package io.migcal.harness.sweep;

import io.migcal.harness.config.SettingValues;
import io.migcal.harness.config.SweepConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The whole sweep, expanded before anything touches the lab: every RTT times every fill times every
 * combination of migration settings times every dirty rate (when the sweep has that axis) times every
 * repetition, in grid order or shuffled with the seed (the same seed gives the same order, which is
 * what lets a resumed run skip exactly the samples already on disk).
 */
public record SweepPlan(long seed, List<PlannedSample> samples) {

    public SweepPlan {
        samples = List.copyOf(samples);
    }

    /** Expands the grid; the sweep's seed must already be fixed. */
    public static SweepPlan expand(SweepConfig sweep) {
        if (sweep.seed() == null) {
            throw new IllegalArgumentException("fix the seed before planning");
        }
        List<PlannedSample> grid = new ArrayList<>();
        List<SettingValues> settings = sweep.settingAxes().combinations();
        for (double rtt : sweep.rttMs()) {
            for (long fill : sweep.fillBytes()) {
                for (SettingValues setting : settings) {
                    for (Long dirtyRate : sweep.dirtyRateLevels()) {
                        for (int rep = 1; rep <= sweep.repetitions(); rep++) {
                            grid.add(PlannedSample.of(rtt, fill, setting, dirtyRate, rep));
                        }
                    }
                }
            }
        }
        if (sweep.order() == SweepConfig.Order.RANDOM) {
            Collections.shuffle(grid, new Random(sweep.seed()));
        }
        List<PlannedSample> ordered = new ArrayList<>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            ordered.add(grid.get(i).at(i));
        }
        return new SweepPlan(sweep.seed(), ordered);
    }

    /**
     * The original grid followed by each refinement's, in the order they were added: a refinement's
     * samples are expanded and shuffled like the original grid (same fills, repetitions, order and
     * seed) and numbered on after it, so the original samples keep their ids and order indices.
     */
    public static SweepPlan refined(SweepConfig sweep, List<List<Double>> addedRttLevelsMs) {
        List<PlannedSample> all = new ArrayList<>(expand(sweep).samples());
        for (List<Double> levels : addedRttLevelsMs) {
            for (PlannedSample sample : expand(sweep.withRttMs(levels)).samples()) {
                all.add(sample.at(all.size()));
            }
        }
        return new SweepPlan(sweep.seed(), all);
    }

    /** The samples not yet finished, in plan order. */
    public List<PlannedSample> remaining(Set<String> finishedSampleIds) {
        return samples.stream().filter(s -> !finishedSampleIds.contains(s.sampleId())).toList();
    }

    /**
     * A rough duration for planning: per sample the settle time, the time to fill, and the time to
     * send the guest's memory at the link rate twice over (pre-copy re-sends), plus Proxmox's fixed
     * overhead of about 10 s.
     */
    public static Duration estimate(List<PlannedSample> samples, SweepConfig sweep, double linkRateMbit) {
        double bytesPerS = linkRateMbit * 1e6 / 8;
        double totalS = 0;
        for (PlannedSample sample : samples) {
            totalS += sweep.settleS() + 10 + 2 * sample.fillBytes() / bytesPerS + sample.fillBytes() / 1e9;
        }
        return Duration.ofMillis(Math.round(totalS * 1000));
    }
}
