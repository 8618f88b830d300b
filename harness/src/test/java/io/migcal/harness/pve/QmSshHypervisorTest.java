package io.migcal.harness.pve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.harness.lab.sshd.EmbeddedSshServer;
import io.migcal.harness.lab.sshd.SshAccess;
import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.MigrationRequest;
import io.migcal.harness.time.MonotonicClock;
import io.migcal.model.BadInputException;
import io.migcal.model.measure.SampleStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QmSshHypervisorTest {
    private static final MigrationRequest REQUEST = new MigrationRequest("110", "pve1", "pve2", Duration.ofMinutes(5));
    private final FakeQmNode node = new FakeQmNode();
    private EmbeddedSshServer server;
    private MinaRemoteShell shell;
    private QmSshHypervisor hypervisor;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        server = EmbeddedSshServer.start(0, dir.resolve("host_key"), new SshAccess("root", List.of(), "lab-pw"), node);
        shell = new MinaRemoteShell(server.port(), "root", "lab-pw", server.hostKeyOpenSsh());
        hypervisor = new QmSshHypervisor(Map.of("pve1", shell), MonotonicClock.SYSTEM);
    }

    @AfterEach
    void stop() throws Exception {
        shell.close();
        server.close();
    }

    @Test
    void successfulQmMigrateIsParsedLikeTheTaskLog() throws Exception {
        node.migrationLog = Fixtures.lines("qmigrate-pve8-success.log");

        MigrationOutcome outcome = hypervisor.migrate(REQUEST);

        assertThat(node.commands).containsExactly("qm migrate 110 pve2 --online");
        assertThat(outcome.status()).isEqualTo(SampleStatus.OK);
        assertThat(outcome.migrationPhaseS()).isEqualTo(6.0);
        assertThat(outcome.taskDurationS()).isEqualTo(12.0);
        assertThat(outcome.downtimeMs()).isEqualTo(41.0);
        assertThat(outcome.progress()).hasSize(5);
        assertThat(outcome.transferTimeS()).isPositive();
        assertThat(outcome.pollIntervalMs()).isNull();
        assertThat(outcome.details()).containsEntry("driver", "qm-ssh").containsEntry("exitCode", "0")
                .containsEntry("migrationType", "insecure");
    }

    @Test
    void failedQmMigrateTakesItsErrorFromStderr() throws Exception {
        node.migrationLog = Fixtures.lines("qmigrate-aborted.log");
        node.migrationError = "migration aborted";

        MigrationOutcome outcome = hypervisor.migrate(REQUEST);

        assertThat(outcome.status()).isEqualTo(SampleStatus.FAILED);
        assertThat(outcome.stage()).isEqualTo("migrate");
        assertThat(outcome.error()).isEqualTo("migration aborted");
        assertThat(outcome.details()).containsEntry("exitCode", "255");
        assertThat(outcome.details().get("logErrors")).startsWith("Problem found while scanning volumes");
    }

    @Test
    void hangingQmMigrateTimesOutAndItsTaskIsStoppedThroughPvesh() throws Exception {
        node.migrationLog = Fixtures.lines("qmigrate-endless.log");
        node.migrationHangs = true;

        MigrationOutcome outcome = hypervisor.migrate(new MigrationRequest("110", "pve1", "pve2", Duration.ofMillis(700)));

        assertThat(outcome.status()).isEqualTo(SampleStatus.TIMEOUT);
        assertThat(outcome.error()).isEqualTo("no end within the timeout of 0.7 s; task cancelled: " + FakeQmNode.ACTIVE_UPID);
        assertThat(node.commands).contains(
                "pvesh get /nodes/pve1/tasks --vmid 110 --typefilter qmigrate --source active --output-format json",
                "pvesh delete /nodes/pve1/tasks/" + FakeQmNode.ACTIVE_UPID);
    }

    @Test
    void versionAndLocationComeFromPveversionAndQmStatus() throws Exception {
        assertThat(hypervisor.describe()).isEqualTo("proxmox-ve 8.2.4");
        assertThat(hypervisor.locate("110")).isEqualTo("pve1");

        node.ownsVm = false;
        assertThatThrownBy(() -> hypervisor.locate("110")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("VM 110 is on none of the nodes [pve1]");
    }

    @Test
    void shellMetacharactersInNamesAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> hypervisor.migrate(new MigrationRequest("110", "pve1", "pve2; reboot", Duration.ofMinutes(1))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("node name");
        assertThat(node.commands).isEmpty();
    }
}
