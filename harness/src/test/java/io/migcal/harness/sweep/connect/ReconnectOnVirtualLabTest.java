package io.migcal.harness.sweep.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.ReconnectConfig;
import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.delay.DelaySetting;
import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabConfig;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.migrate.MigrationRequest;
import io.migcal.harness.pve.PveLinkException;
import io.migcal.harness.reconnect.LinkDownException;
import io.migcal.harness.reconnect.ReconnectJournal;
import io.migcal.harness.ssh.SshConnectionLostException;
import io.migcal.harness.sweep.LabSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each link fault the virtual lab can inject, met by the harness's own connector (JSch shells,
 * OkHttp API client) against the lab's real SSH and HTTPS servers: what is retried, for how long,
 * and what is handed up instead.
 */
class ReconnectOnVirtualLabTest {
    private static final double COMPRESSION = 10;
    @TempDir
    Path dir;
    private VirtualLab lab;
    private LabSession session;

    @BeforeEach
    void start() throws Exception {
        lab = VirtualLab.start(VirtualLabSettings.defaults(dir.resolve("lab")).withTimeCompression(COMPRESSION));
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        lab.close();
    }

    private LabSession connect(ReconnectConfig reconnect) throws Exception {
        SweepConfig sweep = new SweepConfig(List.of(0.0), List.of(1L << 28), 1, null, 1L, null, null, null, null, null);
        LabConfig config = VirtualLabConfig.from(lab.descriptor(), sweep, 100, dir.resolve("runs")).withReconnect(reconnect);
        session = new ProxmoxLabConnector(lab.clock(), COMPRESSION).connect(config);
        return session;
    }

    private static ReconnectConfig budget(double totalS) {
        return new ReconnectConfig(1.0, 8.0, totalS, null, 30.0);
    }

    /** The RTT the lab's delay box really holds now (both directions), looked at behind the protocols. */
    private double labRttMs() {
        return lab.state().withDelayBox(box -> box.interfaces().stream()
                .mapToDouble(i -> box.netem(i) == null ? 0 : box.netem(i).delayMs()).sum());
    }

    private List<ReconnectJournal.Entry> journal() {
        return session.reconnects().since(0);
    }

    @Test
    void droppedSshSessionsAreReopenedWithoutAnyRetryOrRepeat() throws Exception {
        connect(budget(120));
        session.delay().apply(new DelaySetting(4.0, 100));
        lab.dropSshSessions(VirtualLab.DELAY_BOX);
        Thread.sleep(200); // the client notices the closed connection
        assertThat(session.delay().readBack().appliedRttMs()).isEqualTo(4.0);
        assertThat(labRttMs()).isEqualTo(4.0);
    }

    @Test
    void sshdRefusingForSeveralSecondsIsRiddenOutWithBackoffAndJournaled() throws Exception {
        connect(budget(120));
        lab.dropSshSessions(VirtualLab.DELAY_BOX);
        lab.faults().refuseSsh(VirtualLab.DELAY_BOX, 20.0);
        session.delay().apply(new DelaySetting(6.0, 100));
        assertThat(labRttMs()).isEqualTo(6.0);
        assertThat(journal()).as("the first command met the outage; the later ones found the link back").hasSize(1);
        assertThat(journal().get(0)).satisfies(e -> {
            assertThat(e.recovered()).isTrue();
            assertThat(e.attempts()).isBetween(3, 8);
            assertThat(e.what()).startsWith("ssh root@127.0.0.1:").contains("tc qdisc replace dev eth1");
            // it came back after the 20 lab s were over and well inside the 120 s budget (waits are at
            // most 8 s; each refused handshake costs wall time, ten times that on this lab's clock)
            assertThat(e.outageS()).isBetween(15.0, 100.0);
        });
    }

    @Test
    void sshdRefusingLongerThanTheBudgetIsALabFaultThatSaysSo() throws Exception {
        connect(budget(5));
        lab.dropSshSessions(VirtualLab.DELAY_BOX);
        lab.faults().refuseSsh(VirtualLab.DELAY_BOX, 1_000);
        assertThatThrownBy(() -> session.delay().clear()).isInstanceOf(LinkDownException.class)
                .hasMessageContaining("still failing after").hasMessageContaining("reconnect.total_s 5")
                .hasMessageContaining("cannot connect");
        assertThat(journal()).as("each interface's command tried for the whole budget").hasSize(2).allSatisfy(e -> {
            assertThat(e.recovered()).isFalse();
            assertThat(e.outageS()).isBetween(5.0, 40.0);
        });
    }

    @Test
    void aCommandCutOffMidWayIsHandedUpNotSentAgain() throws Exception {
        connect(budget(120));
        lab.faults().setSshDrops(VirtualLab.GUEST, true);
        assertThatThrownBy(() -> session.guestLoad().usedBytes()).isInstanceOfSatisfying(SshConnectionLostException.class,
                e -> assertThat(e.commandStarted()).isTrue());
        assertThat(journal()).as("no retry of a command that may have run").isEmpty();
        lab.faults().setSshDrops(VirtualLab.GUEST, false);
        assertThat(session.guestLoad().usedBytes()).isPositive();
    }

    @Test
    void apiAnswering503IsRetriedUntilItServesAgain() throws Exception {
        connect(budget(120));
        lab.faults().apiUnavailable(20.0);
        assertThat(session.hypervisor().locate(String.valueOf(lab.descriptor().vmid()))).isEqualTo("pve1");
        assertThat(journal()).singleElement().satisfies(e -> {
            assertThat(e.what()).startsWith("GET /cluster/resources on ");
            assertThat(e.recovered()).isTrue();
            assertThat(e.outageS()).isBetween(15.0, 100.0);
        });
    }

    @Test
    void aStalledApiReplyTimesOutAndIsAskedAgain() throws Exception {
        connect(budget(120));
        lab.faults().stallApiReplies(1, 60); // 6 wall s, past the 3 s read timeout (30 lab s / 10)
        assertThat(session.hypervisor().locate(String.valueOf(lab.descriptor().vmid()))).isEqualTo("pve1");
        assertThat(journal()).singleElement().satisfies(e -> {
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.recovered()).isTrue();
        });
    }

    @Test
    void aClusterThatDoesNotAnswerAtConnectIsWaitedFor() throws Exception {
        // the run (or its resume) starts while the API stalls: the endpoint probe times out, then is asked again
        lab.faults().stallApiReplies(1, 60);
        connect(budget(120));
        assertThat(session.hypervisor().locate(String.valueOf(lab.descriptor().vmid()))).isEqualTo("pve1");
        assertThat(journal()).anySatisfy(e -> {
            assertThat(e.what()).startsWith("connect: GET /version on ");
            assertThat(e.recovered()).isTrue();
        });
    }

    @Test
    void aMigrationRequestWhoseReplyNeverCameIsNotSentTwice() throws Exception {
        connect(budget(120));
        lab.faults().hangNextMigration();
        lab.faults().stallApiReplies(1, 60);
        MigrationRequest request = new MigrationRequest(String.valueOf(lab.descriptor().vmid()), "pve1", "pve2", Duration.ofSeconds(600));
        assertThatThrownBy(() -> session.hypervisor().migrate(request)).isInstanceOf(PveLinkException.class)
                .hasMessageContaining("POST /nodes/pve1/qemu/").hasMessageContaining("may have been processed");
        assertThat(journal()).isEmpty();
        // the request did reach the lab: the sweep's restore finds the task and stops it
        assertThat(session.canceller().cancelRunning(String.valueOf(lab.descriptor().vmid()))).hasSize(1);
    }

    @Test
    void aRefusedApiPortIsALabFaultOnceTheBudgetIsSpent() throws Exception {
        connect(budget(3));
        lab.close(); // nothing listens any more: every connection is refused
        assertThatThrownBy(() -> session.hypervisor().locate(String.valueOf(lab.descriptor().vmid())))
                .isInstanceOf(LinkDownException.class).hasMessageContaining("GET /cluster/resources");
        assertThat(journal()).singleElement().satisfies(e -> assertThat(e.recovered()).isFalse());
    }
}
