package io.migcal.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.config.SweepConfig;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepPlanTest {
    static SweepConfig sweep(SweepConfig.Order order, long seed) {
        return new SweepConfig(List.of(0.0, 2.5, 6.0), List.of(644245094L, 1073741824L), 3, order, seed, 0.0, 60.0,
                1.0, 0.10, 3);
    }

    @Test
    void theGridHasEveryRttFillAndRepetitionOnceWithStableIds() {
        SweepPlan plan = SweepPlan.expand(sweep(SweepConfig.Order.GRID, 1));

        assertThat(plan.samples()).hasSize(18);
        assertThat(plan.samples()).extracting(PlannedSample::sampleId).doesNotHaveDuplicates()
                .startsWith("rtt0ms-fill644245094B-rep1", "rtt0ms-fill644245094B-rep2")
                .contains("rtt2.5ms-fill1073741824B-rep3");
        assertThat(plan.samples()).extracting(PlannedSample::orderIndex).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 18).boxed().toList());
    }

    @Test
    void aDirtyRateAxisMultipliesTheGridAndNamesItsRateInTheId() {
        SweepConfig dirty = new SweepConfig(List.of(0.0), List.of(1L << 28), 2, SweepConfig.Order.GRID, 1L, 0.0, 60.0,
                1.0, 0.10, 3, null, List.of(0L, 50_000_000L));

        SweepPlan plan = SweepPlan.expand(dirty);

        assertThat(plan.samples()).extracting(PlannedSample::sampleId).containsExactly(
                "rtt0ms-fill268435456B-dirty0Bps-rep1", "rtt0ms-fill268435456B-dirty0Bps-rep2",
                "rtt0ms-fill268435456B-dirty50000000Bps-rep1", "rtt0ms-fill268435456B-dirty50000000Bps-rep2");
        assertThat(plan.samples()).extracting(PlannedSample::dirties).containsExactly(false, false, true, true);
    }

    @Test
    void aDirtyRateListedTwiceOrBelowZeroIsRefusedNamingTheKey() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SweepConfig(List.of(0.0), List.of(1L), 1, null, 1L,
                null, null, null, null, null, null, List.of(5L, 5L))).hasMessageContaining("'dirty_rate_bytes_per_s' lists a value twice");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SweepConfig(List.of(0.0), List.of(1L), 1, null, 1L,
                null, null, null, null, null, null, List.of(-1L))).hasMessageContaining("'dirty_rate_bytes_per_s' must be >= 0");
    }

    @Test
    void theSameSeedGivesTheSameOrderAndAnotherSeedAnother() {
        List<String> first = ids(SweepPlan.expand(sweep(SweepConfig.Order.RANDOM, 42)));
        List<String> again = ids(SweepPlan.expand(sweep(SweepConfig.Order.RANDOM, 42)));
        List<String> other = ids(SweepPlan.expand(sweep(SweepConfig.Order.RANDOM, 43)));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first).containsExactlyInAnyOrderElementsOf(first);
        assertThat(first).isNotEqualTo(ids(SweepPlan.expand(sweep(SweepConfig.Order.GRID, 42))));
    }

    @Test
    void remainingSkipsFinishedSamplesAndKeepsPlanOrder() {
        SweepPlan plan = SweepPlan.expand(sweep(SweepConfig.Order.RANDOM, 5));
        Set<String> finished = Set.of(plan.samples().get(0).sampleId(), plan.samples().get(4).sampleId());

        List<PlannedSample> remaining = plan.remaining(finished);

        assertThat(remaining).hasSize(16).extracting(PlannedSample::sampleId).doesNotContainAnyElementsOf(finished);
        assertThat(remaining.get(0)).isEqualTo(plan.samples().get(1));
        assertThat(remaining.get(3)).isEqualTo(plan.samples().get(5));
    }

    private static List<String> ids(SweepPlan plan) {
        return plan.samples().stream().map(PlannedSample::sampleId).toList();
    }

    @Test
    void migrationSettingsAreCrossedIntoTheGridAndNamedInTheSampleId() {
        SweepConfig base = sweep(SweepConfig.Order.GRID, 1);
        SweepConfig crossed = new SweepConfig(List.of(0.0), List.of(644245094L), 2, SweepConfig.Order.GRID, 1L,
                0.0, 60.0, 1.0, 0.10, 3, java.util.Map.of("postcopy", List.of(false, true),
                        "max_bandwidth_bytes_per_s", List.of(134217728L)));

        SweepPlan plan = SweepPlan.expand(crossed);

        assertThat(plan.samples()).hasSize(4).extracting(PlannedSample::sampleId).containsExactly(
                "rtt0ms-fill644245094B-max_bandwidth_bytes_per_s=134217728-postcopy=off-rep1",
                "rtt0ms-fill644245094B-max_bandwidth_bytes_per_s=134217728-postcopy=off-rep2",
                "rtt0ms-fill644245094B-max_bandwidth_bytes_per_s=134217728-postcopy=on-rep1",
                "rtt0ms-fill644245094B-max_bandwidth_bytes_per_s=134217728-postcopy=on-rep2");
        assertThat(plan.samples().get(2).settings().on(io.migcal.harness.config.MigrationSetting.POSTCOPY)).isTrue();
        assertThat(SweepPlan.expand(base).samples()).allSatisfy(s -> assertThat(s.settings().isEmpty()).isTrue());
    }

    @Test
    void aRefinedPlanKeepsTheOriginalSamplesAndNumbersTheAddedOnesAfterThem() {
        SweepConfig crossed = new SweepConfig(List.of(0.0, 10.0), List.of(644245094L), 2, SweepConfig.Order.RANDOM, 9L,
                0.0, 60.0, 1.0, 0.10, 3, java.util.Map.of("postcopy", List.of(false, true)));
        SweepPlan original = SweepPlan.expand(crossed);

        SweepPlan refined = SweepPlan.refined(crossed, List.of(List.of(5.0), List.of(2.5, 7.5)));

        assertThat(refined.samples().subList(0, 8)).isEqualTo(original.samples());
        assertThat(refined.samples()).hasSize(8 + 4 + 8).extracting(PlannedSample::orderIndex)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).boxed().toList());
        assertThat(refined.samples().subList(8, 12)).extracting(PlannedSample::rttMs).containsOnly(5.0);
        assertThat(refined.samples().subList(12, 20)).extracting(PlannedSample::rttMs).containsOnly(2.5, 7.5);
        assertThat(ids(refined)).doesNotHaveDuplicates()
                .contains("rtt2.5ms-fill644245094B-postcopy=on-rep2", "rtt5ms-fill644245094B-postcopy=off-rep1");
        assertThat(ids(SweepPlan.refined(crossed, List.of(List.of(5.0), List.of(2.5, 7.5))))).as("the same every time")
                .isEqualTo(ids(refined));
    }
}
