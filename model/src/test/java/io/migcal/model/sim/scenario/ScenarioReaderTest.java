package io.migcal.model.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.model.BadInputException;
import io.migcal.model.sim.engine.EngineSettings;
import io.migcal.model.sim.engine.Instance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {
    private static final String MINIMAL = """
            sites: [{name: A, servers-memory-gib: [4.0]}, {name: B, position: 3, servers-memory-gib: [4.0]}]
            rtt: {ms-per-unit-distance: 2.5}
            vms: {count: 3, allocated-gib: 2.0}
            workloads: [{name: w, duration-min: 10, ram-gib: 1.0}]
            arrivals: {kind: constant, interval-min: 5}
            thresholds: {server-memory-fraction: 0.5, rtt-ms: 20}
            """;

    @Test
    void theCommentedExampleScenarioReadsWithEverySetting() throws IOException {
        try (InputStream in = ScenarioReader.class.getResourceAsStream("example-scenario.yaml")) {
            Scenario scenario = ScenarioReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "example");

            assertThat(scenario.sites()).hasSize(3);
            assertThat(scenario.seed()).hasValue(1);
            assertThat(scenario.arrivals().exponential()).isTrue();
            assertThat(scenario.arrivals().meanGapS()).isEqualTo(600.0);
            assertThat(scenario.engine().processingEnd()).isEqualTo(EngineSettings.ProcessingEnd.LAST_FINISHED);
            Instance instance = InstanceFactory.create(scenario, 1, 0);
            assertThat(instance.serverCount()).isEqualTo(4);
            assertThat(instance.siteRttMs(0, 1)).isEqualTo(7.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(instance.siteRttMs(0, 0)).isEqualTo(0.5);
        }
    }

    @Test
    void roundRobinHomeSitesTakeTheSitesInTurn() {
        Scenario scenario = ScenarioReader.read(MINIMAL.replace("vms: {count: 3, allocated-gib: 2.0}",
                "vms: {count: 5, allocated-gib: 2.0, home-site: round-robin, home-site-skew: 0.01}"), "turns");

        Instance instance = InstanceFactory.create(scenario, 1, 0);
        assertThat(java.util.stream.IntStream.range(0, 5).map(instance::vmHomeServer).toArray())
                .containsExactly(0, 1, 0, 1, 0);
    }

    @Test
    void aWorkloadsDirtyRateReachesEveryVmOfThatKindAndAKindWithoutOneGivesNone() {
        Scenario dirty = ScenarioReader.read(MINIMAL.replace("workloads: [{name: w, duration-min: 10, ram-gib: 1.0}]",
                "workloads: [{name: w, duration-min: 10, ram-gib: 1.0, dirty-rate-mib-per-s: 48}]"), "dirty");

        assertThat(InstanceFactory.create(dirty, 1, 0).vmDirtyRateBytesPerS(2)).isEqualTo(48 * 1024 * 1024.0);
        assertThat(InstanceFactory.create(ScenarioReader.read(MINIMAL, "idle"), 1, 0).vmDirtyRateBytesPerS(2)).isNaN();
    }

    @Test
    void jsonIsReadToo() {
        Scenario scenario = ScenarioReader.read("""
                {"sites": [{"name": "A", "servers-memory-gib": [4.0]}], "rtt": {"matrix-ms": [[0]]},
                 "vms": {"count": 1, "allocated-gib": 2.0}, "workloads": [{"name": "w", "duration-min": 1, "ram-gib": 1}],
                 "arrivals": {"interval-min": 1}, "thresholds": {"server-memory-fraction": 0.5, "rtt-ms": 20}}
                """, "json");

        assertThat(scenario.vms().count()).isEqualTo(1);
    }

    @Test
    void defaultsAreThePapersReading() {
        Scenario scenario = ScenarioReader.read(MINIMAL, "minimal");

        assertThat(scenario.engine()).isEqualTo(new EngineSettings(20, EngineSettings.SourceFreed.AT_END,
                EngineSettings.VmDuringTransfer.WORKS, EngineSettings.Launch.SEQUENTIAL,
                EngineSettings.ProcessingEnd.LAST_LAUNCHED));
        assertThat(scenario.transferModel()).isEqualTo("default");
        assertThat(InstanceFactory.create(scenario, 1, 0).siteRttMs(0, 1)).isEqualTo(7.5);
    }

    @Test
    void aWrongValueNamesItsKeyAndTheAllowedValues() {
        assertThatThrownBy(() -> ScenarioReader.read(MINIMAL + "launch: sometimes\n", "s.yaml"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("scenario s.yaml: launch must be one of sequential, independent, not 'sometimes'");
        assertThatThrownBy(() -> ScenarioReader.read(MINIMAL.replace("rtt-ms: 20", "rtt-ms: -1"), "s.yaml"))
                .hasMessageContaining("thresholds.rtt-ms must be a number >= 0");
        assertThatThrownBy(() -> ScenarioReader.read(MINIMAL.replace("interval-min: 5", "interval-min: five"), "s.yaml"))
                .hasMessageContaining("arrivals.interval-min must be a number, not 'five'");
    }

    @Test
    void aListedVmMustNameAKnownSiteAndKind() {
        String listed = MINIMAL.replace("vms: {count: 3, allocated-gib: 2.0}",
                "vms: {allocated-gib: 2.0, list: [{kind: w, home-site: Z}]}");

        assertThatThrownBy(() -> ScenarioReader.read(listed, "s.yaml"))
                .hasMessageContaining("vms.list[0].home-site must name one of the sites, not 'Z'");
    }

    @Test
    void anAsymmetricMatrixIsRefused() {
        String matrix = MINIMAL.replace("rtt: {ms-per-unit-distance: 2.5}", "rtt: {matrix-ms: [[0, 6], [10, 0]]}");

        assertThatThrownBy(() -> ScenarioReader.read(matrix, "s.yaml")).hasMessageContaining("must be symmetric");
    }

    @Test
    void theRttDrawByDistanceGivesFarPairsLargerRttsOnAverage() {
        Scenario paper2019 = Presets.load("paper-2019");
        double near = 0;
        double far = 0;
        for (int run = 0; run < 400; run++) {
            Instance instance = InstanceFactory.create(paper2019, 7, run);
            near += instance.siteRttMs(0, 1);
            far += instance.siteRttMs(0, 4);
        }

        assertThat(far / 400).isGreaterThan(near / 400 + 5);
    }
}
