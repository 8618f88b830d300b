package io.migcal.model.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.migcal.model.sim.BuiltInTransferModel;
import io.migcal.model.sim.policy.Policies;
import io.migcal.model.sim.scenario.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the paper's tables show must hold for the shipped presets: live migration shortens waiting
 * and processing (paired, on the same random streams), and the drop in processing time equals the
 * drop in waiting time, which is the digest's clue about how waiting is counted.
 */
class PaperPresetsTest {
    private final SimulationRunner runner = new SimulationRunner(new BuiltInTransferModel());

    @Test
    void thePapersMethodsShortenWaitingAndProcessingAsInTables3And5() {
        for (String preset : Presets.NAMES) {
            List<PolicyRuns> runs = runner.compare(Presets.load(preset),
                    List.of(Policies.byName("none"), Policies.byName(preset)), 300, 11);

            Summary waiting = runs.get(1).pairedDifference(runs.get(0), Metric.WAITING_TIME_MIN);
            Summary processing = runs.get(1).pairedDifference(runs.get(0), Metric.PROCESSING_TIME_MIN);
            assertThat(waiting.ci95High()).as(preset).isNegative();
            assertThat(processing.mean()).as(preset).isCloseTo(waiting.mean(), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(runs.get(1).summary(Metric.MIGRATIONS).mean()).as(preset).isBetween(1.0, 6.0);
        }
    }

    /**
     * The calibration's promise, on a seed the search never saw (it used 17): every published mean of
     * Tables 3 and 5 within 10 %. 20,000 runs keep the check's own 95 % interval near +-9 % of the
     * smallest, most heavy-tailed number (Table 3's 9.4 min of waiting); docs/simulator.md gives the
     * same check on 200,000 runs, where every interval lies within the 10 %.
     */
    @Test
    void everyPublishedNumberIsWithinTenPercentOnAnUnseenSeed() {
        for (PaperReproduction.Result result : PaperReproduction.run(new BuiltInTransferModel(), 20_000, 20190101)) {
            PaperTables.Row paper = result.paper();
            String row = paper.preset() + " " + paper.policy();
            assertThat(result.ours().summary(Metric.PROCESSING_TIME_MIN).mean()).as(row + " processing")
                    .isCloseTo(paper.processingTimeMin(), withinPercentage(10));
            assertThat(result.ours().summary(Metric.WAITING_TIME_MIN).mean()).as(row + " waiting")
                    .isCloseTo(paper.waitingTimeMin(), withinPercentage(10));
            double migrations = result.ours().summary(Metric.MIGRATIONS).mean();
            if (paper.migrations() == 0) {
                assertThat(migrations).as(row + " migrations").isZero();
            } else {
                assertThat(migrations).as(row + " migrations").isCloseTo(paper.migrations(), withinPercentage(10));
            }
        }
    }

    @Test
    void theJavaApiRunsEveryPublishedRow() {
        List<PaperReproduction.Result> results = PaperReproduction.run(new BuiltInTransferModel(), 10, 3);

        assertThat(results).extracting(r -> r.paper().policy())
                .containsExactly("paper-2018", "none", "paper-2019", "none");
        assertThat(results).allSatisfy(r -> assertThat(r.ours().runs()).hasSize(10));
    }
}
