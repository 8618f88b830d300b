package io.migcal.harness.delay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.harness.ssh.FakeHostOverSsh;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NetemDelayControllerTest {
    private static final List<String> BOTH = List.of("eth1", "eth2");
    private final FakeDelayBox box = new FakeDelayBox();
    @RegisterExtension
    final FakeHostOverSsh host = new FakeHostOverSsh(box);

    private NetemDelayController controller(DelaySplit split) {
        return new NetemDelayController(host.shell(),
                new NetemConfig(BOTH, split, QueueLimitSizing.ONE_GBIT, Duration.ofSeconds(10)));
    }

    @Test
    void applyPutsHalfTheRttOnEachInterfaceWithTheLimitFromTheBandwidthDelayProduct() throws Exception {
        controller(DelaySplit.EVEN).apply(new DelaySetting(20, null));

        // 1 Gbit/s x 10 ms = 1.25 MB = 825.6 frames of 1514 B, x2 safety -> 1652 packets
        assertThat(host.received()).containsExactly(
                "tc qdisc replace dev eth1 root netem delay 10ms limit 1652",
                "tc qdisc replace dev eth2 root netem delay 10ms limit 1652",
                "tc -s qdisc show dev eth1",
                "tc -s qdisc show dev eth2");
    }

    @Test
    void smallDelaysKeepTheFloorOfAThousandPacketsAndPrintFractionsWithADot() throws Exception {
        controller(DelaySplit.EVEN).apply(new DelaySetting(5, null));

        assertThat(host.received()).startsWith(
                "tc qdisc replace dev eth1 root netem delay 2.5ms limit 1000",
                "tc qdisc replace dev eth2 root netem delay 2.5ms limit 1000");
    }

    @Test
    void allOnFirstPutsTheWholeRttOnOneSideAndNoDelayOnTheOther() throws Exception {
        controller(DelaySplit.ALL_ON_FIRST).apply(new DelaySetting(12.3456, 100));

        assertThat(host.received()).startsWith(
                "tc qdisc replace dev eth1 root netem delay 12.346ms limit 100",
                "tc qdisc replace dev eth2 root netem delay 0ms limit 100");
    }

    @Test
    void readBackReportsTheRttAcrossInterfacesTheBindingLimitAndAllDrops() throws Exception {
        NetemDelayController controller = controller(DelaySplit.EVEN);
        controller.apply(new DelaySetting(6, 300));
        box.countDrops("eth1", 12);
        box.countDrops("eth2", 3);

        DelayState state = controller.readBack();

        assertThat(state.appliedRttMs()).isEqualTo(6.0);
        assertThat(state.queueLimitPackets()).isEqualTo(300);
        assertThat(state.droppedPackets()).isEqualTo(15);
        assertThat(state.rawText()).contains("qdisc netem 8001: root refcnt 2 limit 300 delay 3ms");
        assertThat(state.settings()).containsEntry("delay_if0_name", "eth1")
                .containsEntry("delay_if0_qdisc", "netem")
                .containsEntry("delay_if0_delay_ms", "3")
                .containsEntry("delay_if0_limit_packets", "300")
                .containsEntry("delay_if0_dropped_packets", "12")
                .containsEntry("delay_if1_dropped_packets", "3");
        assertThat(state.settings().keySet()).as("CSV column order").startsWith("delay_if0_name", "delay_if0_qdisc",
                "delay_if0_delay_ms", "delay_if0_limit_packets", "delay_if0_sent_packets", "delay_if0_dropped_packets",
                "delay_if1_name");
    }

    @Test
    void aLimitTheKernelDidNotTakeFailsVerification() {
        box.stuckLimit = 1000;

        assertThatThrownBy(() -> controller(DelaySplit.EVEN).apply(new DelaySetting(6, 100)))
                .isInstanceOf(DelayVerificationException.class)
                .hasMessageContaining("eth1 reads back netem delay 3ms limit 1000 after setting netem delay 3ms limit 100");
    }

    @Test
    void aKernelWithoutNetemFailsWithTheModprobeHint() {
        box.netemModuleMissing = true;

        assertThatThrownBy(() -> controller(DelaySplit.EVEN).apply(new DelaySetting(6, null)))
                .isInstanceOf(DelayVerificationException.class)
                .hasMessageContaining("(exit 2): Error: Specified qdisc kind is unknown.")
                .hasMessageContaining("modprobe sch_netem");
    }

    @Test
    void interfaceNamesThatCouldSmuggleShellAreRefusedAsBadInput() {
        assertThatThrownBy(() -> new NetemConfig(List.of("eth1; reboot"), DelaySplit.EVEN,
                QueueLimitSizing.ONE_GBIT, Duration.ofSeconds(15)))
                .isInstanceOf(io.migcal.model.BadInputException.class)
                .hasMessageContaining("'eth1; reboot' is not a network interface name");
    }

    @Test
    void clearWhenNothingWasSetIsFine() throws Exception {
        controller(DelaySplit.EVEN).clear();

        assertThat(host.received()).containsExactly("tc qdisc del dev eth1 root", "tc qdisc del dev eth2 root");
    }

    @Test
    void clearRemovesTheDelayFromEveryInterface() throws Exception {
        NetemDelayController controller = controller(DelaySplit.EVEN);
        controller.apply(new DelaySetting(40, null));

        controller.clear();

        assertThat(box.netem).isEmpty();
        assertThat(controller.readBack().appliedRttMs()).isZero();
        assertThat(controller.readBack().settings()).containsEntry("delay_if1_qdisc", "fq_codel");
    }

    @Test
    void clearTriesEveryInterfaceEvenWhenTheFirstFails() throws Exception {
        NetemDelayController controller = controller(DelaySplit.EVEN);
        controller.apply(new DelaySetting(10, null));
        box.undeletable = "eth1";

        assertThatThrownBy(controller::clear)
                .isInstanceOf(DelayVerificationException.class)
                .hasMessageContaining("`tc qdisc del dev eth1 root` failed (exit 2): RTNETLINK answers: Operation not permitted");
        assertThat(host.received()).endsWith("tc qdisc del dev eth1 root", "tc qdisc del dev eth2 root");
        assertThat(box.netem).containsOnlyKeys("eth1");
    }
}
