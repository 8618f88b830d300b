package io.migcal.model.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void theJavaApiRunsEveryPublishedRow() {
        List<PaperReproduction.Result> results = PaperReproduction.run(new BuiltInTransferModel(), 10, 3);

        assertThat(results).extracting(r -> r.paper().policy())
                .containsExactly("paper-2018", "none", "paper-2019", "none");
        assertThat(results).allSatisfy(r -> assertThat(r.ours().runs()).hasSize(10));
    }
}
