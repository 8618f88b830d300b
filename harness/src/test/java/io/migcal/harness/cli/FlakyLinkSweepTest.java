package io.migcal.harness.cli;

import static io.migcal.harness.cli.SweepOnVirtualLabTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.sweep.MeasurementsOnDisk;
import io.migcal.harness.sweep.connect.ProxmoxLabConnector;
import io.migcal.harness.sweep.connect.VirtualLabYaml;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code migcal sweep} against the virtual lab while its link misbehaves: a sample whose migration
 * was disturbed is recorded, the lab restored and the sample measured again; a link that stays down
 * past the reconnect budget stops the sweep with instructions that name the real hosts and commands.
 */
class FlakyLinkSweepTest {
    static final double COMPRESSION = 400;

    @TempDir
    Path dir;
    VirtualLab lab;
    final StringWriter err = new StringWriter();

    @BeforeEach
    void startLab() throws Exception {
        lab = VirtualLab.start(VirtualLabSettings.defaults(dir.resolve("vlab")).withTimeCompression(COMPRESSION));
    }

    @AfterEach
    void stopLab() {
        lab.close();
    }

    int sweep(String reconnectSection) throws Exception {
        Path config = VirtualLabYaml.write(lab.descriptor(), dir, SweepOnVirtualLabTest.SMALL_SWEEP);
        Files.writeString(config, Files.readString(config) + "reconnect:\n" + reconnectSection);
        CommandLine cli = new CommandLine(new SweepCommand(new ProxmoxLabConnector(lab.clock(), COMPRESSION), lab.clock()));
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("--config", config.toString());
    }

    Path runDir() throws Exception {
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            return runs.findFirst().orElseThrow();
        }
    }

    List<Map<String, String>> rows() throws Exception {
        return MeasurementsOnDisk.read(runDir().resolve("measurements.csv")).rows();
    }

    @Test
    void anApiOutageWhileAMigrationRunsRepeatsThatSampleOnceTheLabIsRestored() throws Exception {
        lab.faults().onNextMigrationStart(() -> lab.faults().apiUnavailable(600)); // 1.5 wall s

        int code = sweep("  first_delay_s: 1\n  total_s: 3600\n");

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        List<Map<String, String>> rows = rows();
        assertThat(rows).as(Files.readString(runDir().resolve("sweep.log")) + rows).extracting(r -> r.get("status"))
                .containsExactly("interrupted", "ok", "ok");
        Map<String, String> disturbed = rows.get(0);
        assertThat(disturbed.get("error")).contains("the link broke while it ran").contains("503");
        assertThat(disturbed.get("stage")).isEqualTo("run");
        assertThat(disturbed.get("sample_attempt")).isEqualTo("1");
        assertThat(disturbed.get("reconnects")).containsPattern("GET /nodes/pve1/tasks/\\S+/status on \\S+ x\\d+ in [0-9.]+ s ok \\(first: HTTP 503 Service Unavailable\\)");
        assertThat(disturbed.get("transfer_time_s")).as("what was measured is kept").isNotEmpty();
        assertThat(rows.get(1).get("sample_id")).isEqualTo(disturbed.get("sample_id"));
        assertThat(rows.get(1).get("sample_attempt")).isEqualTo("2");
        assertThat(rows.get(1).get("reconnects")).isEmpty();
        assertThat(rows.get(2).get("sample_attempt")).isEqualTo("1");
        assertThat(MeasurementsOnDisk.read(runDir().resolve("measurements.csv")).finishedSampleIds()).hasSize(2);
        String log = Files.readString(runDir().resolve("sweep.log"));
        assertThat(log).contains("attempt 1 retried: GET /nodes/pve1/tasks/")
                .contains("attempt 1 disturbed: DisturbedMeasurementException").contains("lab restored")
                .contains("measuring it again");
        assertLabRestored();
    }

    @Test
    void aDelayBoxThatStaysDownPastTheBudgetStopsTheSweepNamingItsHostAndCommands() throws Exception {
        String delayBox = "root@127.0.0.1:" + lab.descriptor().endpoint(VirtualLab.DELAY_BOX).port();
        lab.faults().onNextMigrationStart(() -> lab.faults().refuseSsh(VirtualLab.DELAY_BOX, 1e9));
        Thread saboteur = new Thread(() -> {
            waitUntil(() -> !lab.state().tasks("pve1").isEmpty());
            lab.dropSshSessions(VirtualLab.DELAY_BOX);
        });
        saboteur.start();

        int code = sweep("  total_s: 5\n");
        saboteur.join();

        assertThat(code).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("sweep stopped (lab fault)").contains("still failing after")
                .contains("reconnect.total_s 5").contains("lab NOT fully restored")
                .contains("on the delay box " + delayBox + " run: tc qdisc del dev eth1 root; tc qdisc del dev eth2 root")
                .doesNotContain(" IF ").doesNotContain("NODE");
        assertThat(rows()).last().satisfies(row -> assertThat(row.get("status")).isEqualTo("interrupted"));
        lab.faults().refuseSsh(VirtualLab.DELAY_BOX, 0);
    }

    void assertLabRestored() {
        boolean delayCleared = lab.state().withDelayBox(box -> box.interfaces().stream().allMatch(i -> box.netem(i) == null));
        assertThat(delayCleared).as("delay cleared").isTrue();
        assertThat(lab.state().stopStress()).as("loads still running").isZero();
        double now = lab.state().nowLabS();
        for (String node : lab.descriptor().nodes()) {
            assertThat(lab.state().tasks(node)).as("migrations running on " + node).noneMatch(t -> t.running(now));
        }
    }
}
