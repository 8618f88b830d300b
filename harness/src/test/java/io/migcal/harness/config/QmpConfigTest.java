package io.migcal.harness.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.model.BadInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed local QEMU lab configs load strictly, and a broken qmp section is one clear line. */
class QmpConfigTest {

    private static final Path REPO = Path.of("..");

    @Test
    void committedCiConfigDescribesBothQemuNodesWithQemuDefaults() {
        LabConfig lab = LabConfigLoader.load(REPO.resolve("ansible/local-lab-ci.yaml"));

        assertThat(lab.proxmox()).isNull();
        QmpConfig.Node b = lab.qmp().node("migcal-b");
        assertThat(b.socket()).isEqualTo("/run/migcal-lab/guest-b.qmp");
        assertThat(b.incomingUri()).isEqualTo("tcp:10.77.0.2:4444");
        assertThat(b.startIncoming()).isEqualTo("/var/lib/migcal-lab/bin/guest.sh incoming b");
        assertThat(lab.qmp().maxBandwidthBytesPerS()).isNull();
        assertThat(lab.qmp().pollIntervalMs()).isEqualTo(20);
        assertThat(lab.sweep().repetitions()).isEqualTo(2);
    }

    @Test
    void referenceConfigsSetTheTunablesAndPathSettingsTheyAreNamedFor() {
        Path configs = REPO.resolve("results/reference/local-qemu/configs");
        LabConfig raised = LabConfigLoader.load(configs.resolve("raised-bandwidth.yaml"));
        LabConfig paper = LabConfigLoader.load(configs.resolve("paper-limit-100.yaml"));

        assertThat(raised.qmp().maxBandwidthBytesPerS()).isEqualTo(10_737_418_240L);
        assertThat(paper.delay().queueLimitPackets()).isEqualTo(100);
        assertThat(paper.delay().disableOffloads()).isTrue();
        assertThat(paper.qmp().hostSettings().tcpCongestionControl()).isEqualTo("cubic");
        assertThat(paper.qmp().hostSettings().offloads()).isFalse();
        assertThat(LabConfigLoader.load(configs.resolve("paper-limit-1000.yaml")).delay().queueLimitPackets())
                .isEqualTo(1000);
    }

    @Test
    void qmpNodeWithBothSocketAndTcpIsRejected() {
        assertThatThrownBy(() -> new QmpConfig.Node("/run/a.qmp", "127.0.0.1:4000", "tcp:10.0.0.2:4444", null, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("exactly one of 'socket'");
    }

    @Test
    void migrationNodeMissingFromQmpNodesNamesTheKey() {
        LabConfig lab = LabConfigLoader.load(REPO.resolve("ansible/local-lab-ci.yaml"));

        assertThatThrownBy(() -> lab.qmp().node("pve1"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("qmp.nodes has no entry for migration node 'pve1'");
    }
}
