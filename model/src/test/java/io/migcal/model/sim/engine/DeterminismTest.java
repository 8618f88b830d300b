package io.migcal.model.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.model.sim.BuiltInTransferModel;
import io.migcal.model.sim.policy.Policies;
import io.migcal.model.sim.report.ReportJson;
import io.migcal.model.sim.report.SimulationReport;
import io.migcal.model.sim.run.SimulationRunner;
import io.migcal.model.sim.scenario.Presets;
import io.migcal.model.sim.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static String report(long seed) {
        Scenario scenario = Presets.load("paper-2019");
        List<io.migcal.model.sim.run.PolicyRuns> runs = new SimulationRunner(new BuiltInTransferModel()).compare(
                scenario, List.of(Policies.byName("none"), Policies.byName("paper-2019"),
                        Policies.byName("least-transfer")), 40, seed);
        return ReportJson.write(new SimulationReport(scenario.name(), seed, 40, "default", runs, true));
    }

    @Test
    void theSameSeedGivesByteIdenticalOutputEvenWithRunsInParallel() {
        assertThat(report(42)).isEqualTo(report(42));
    }

    @Test
    void anotherSeedGivesOtherRuns() {
        assertThat(report(43)).isNotEqualTo(report(42));
    }

    @Test
    void everyPolicySeesTheSameDrawnInstanceForTheSameRun() {
        Scenario scenario = Presets.load("paper-2018");
        RecordingObserver none = new RecordingObserver();
        RecordingObserver paper = new RecordingObserver();
        Instance instance = io.migcal.model.sim.scenario.InstanceFactory.create(scenario, 5, 3);
        new Simulation(instance, scenario.engine(), Policies.byName("none"), new BuiltInTransferModel(), none).run();
        new Simulation(io.migcal.model.sim.scenario.InstanceFactory.create(scenario, 5, 3), scenario.engine(),
                Policies.byName("paper-2018"), new BuiltInTransferModel(), paper).run();

        assertThat(paper.lines().get(0)).isEqualTo(none.lines().get(0));
        assertThat(paper.lines().stream().filter(l -> l.contains("arrived vm0 ")))
                .isEqualTo(none.lines().stream().filter(l -> l.contains("arrived vm0 ")).toList());
    }
}
