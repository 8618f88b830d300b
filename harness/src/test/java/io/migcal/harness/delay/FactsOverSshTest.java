package io.migcal.harness.delay;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.ssh.FakeHostOverSsh;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** RTT probe and path/node facts against a host answering like the real tools of docs/host-commands.md. */
class FactsOverSshTest {
    @RegisterExtension
    final FakeHostOverSsh host = new FakeHostOverSsh(FactsOverSshTest::answer);

    private static int answer(String line, OutputStream out, OutputStream err) throws Exception {
        int exit = 0;
        for (String command : line.split("; ")) {
            exit = answerOne(command, out, err);
        }
        return exit;
    }

    private static int answerOne(String command, OutputStream out, OutputStream err) throws Exception {
        if (command.startsWith("echo ")) {
            out.write((command.substring(5) + "\n").getBytes(StandardCharsets.UTF_8));
            return 0;
        }
        String text;
        int exit = 0;
        if (command.equals("ping -c 5 -i 0.2 -q -W 2 10.0.0.2")) {
            text = "PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.\n\n--- 10.0.0.2 ping statistics ---\n"
                    + "5 packets transmitted, 5 received, 0% packet loss, time 803ms\n"
                    + "rtt min/avg/max/mdev = 6.101/6.210/6.402/0.101 ms\n";
        } else if (command.equals("ping -c 5 -i 0.2 -q -W 2 10.0.0.9")) {
            text = "--- 10.0.0.9 ping statistics ---\n5 packets transmitted, 0 received, 100% packet loss, time 4ms\n";
            exit = 1;
        } else if (command.equals(NodeFacts.SYSCTL)) {
            text = "net.ipv4.tcp_congestion_control = cubic\nnet.ipv4.tcp_rmem = 4096\t131072\t6291456\n"
                    + "net.ipv4.tcp_wmem = 4096\t16384\t4194304\nnet.core.rmem_max = 212992\nnet.core.wmem_max = 212992\n";
        } else if (command.startsWith("ethtool -k ")) {
            String iface = command.substring(11);
            text = "Features for " + iface + ":\nrx-checksumming: on\ntx-checksumming: on\n"
                    + "tcp-segmentation-offload: " + (iface.equals("eth1") ? "on" : "off") + "\n"
                    + "\ttx-tcp-segmentation: on\ngeneric-segmentation-offload: on\n"
                    + "generic-receive-offload: off [fixed]\nlarge-receive-offload: off [fixed]\n";
        } else {
            err.write(("sh: 1: " + command.split(" ")[0] + ": not found\n").getBytes(StandardCharsets.UTF_8));
            return 127;
        }
        out.write(text.getBytes(StandardCharsets.UTF_8));
        return exit;
    }

    @Test
    void rttProbePingsTheTargetFromTheSourceAndParsesTheAverage() throws Exception {
        PingSummary ping = new RttProbe(host.shell(), "10.0.0.2").measure();

        assertThat(ping.avgMs()).isEqualTo(6.210);
        assertThat(host.received()).containsExactly("ping -c 5 -i 0.2 -q -W 2 10.0.0.2");
    }

    @Test
    void unreachableTargetGivesASummaryThatFailsEveryTolerance() throws Exception {
        PingSummary ping = new RttProbe(host.shell(), "10.0.0.9").measure();

        assertThat(RttTolerance.DEFAULT.check(6, ping).withinTolerance()).isFalse();
    }

    @Test
    void nodeFactsGiveStableColumnsWithTabsFlattened() throws Exception {
        Map<String, String> facts = new NodeFacts(host.shell(), "src").read();

        assertThat(facts).containsExactly(Map.entry("src_tcp_cc", "cubic"),
                Map.entry("src_tcp_rmem", "4096 131072 6291456"), Map.entry("src_tcp_wmem", "4096 16384 4194304"),
                Map.entry("src_core_rmem_max", "212992"), Map.entry("src_core_wmem_max", "212992"));
    }

    @Test
    void nodeFactsKeepEveryColumnWhenAKeyIsMissing() {
        assertThat(NodeFacts.parse("net.ipv4.tcp_congestion_control = bbr\n", "dst"))
                .containsEntry("dst_tcp_cc", "bbr").containsEntry("dst_tcp_wmem", "").hasSize(5);
    }

    @Test
    void offloadsAreReadPerInterface() throws Exception {
        Map<String, String> offloads = new PathFacts(host.shell(), List.of("eth1", "eth2")).offloads();

        assertThat(offloads).containsExactly(Map.entry("delay_if0_tso", "on"), Map.entry("delay_if0_gso", "on"),
                Map.entry("delay_if0_gro", "off"), Map.entry("delay_if1_tso", "off"), Map.entry("delay_if1_gso", "on"),
                Map.entry("delay_if1_gro", "off"));
        assertThat(host.received()).containsExactly("ethtool -k eth1", "ethtool -k eth2");
    }

    @Test
    void hostFactsReadTcpFactsAndEveryOffloadInOneCommand() throws Exception {
        HostFacts facts = HostFacts.delayBox(host.shell(), List.of("eth1", "eth2"));

        Map<String, String> columns = facts.read();

        assertThat(host.received()).containsExactly(NodeFacts.SYSCTL + "; echo @@migcal-ethtool:eth1; ethtool -k eth1"
                + "; echo @@migcal-ethtool:eth2; ethtool -k eth2");
        assertThat(columns).containsExactly(Map.entry("delay_tcp_cc", "cubic"),
                Map.entry("delay_tcp_rmem", "4096 131072 6291456"), Map.entry("delay_tcp_wmem", "4096 16384 4194304"),
                Map.entry("delay_core_rmem_max", "212992"), Map.entry("delay_core_wmem_max", "212992"),
                Map.entry("delay_if0_tso", "on"), Map.entry("delay_if0_gso", "on"), Map.entry("delay_if0_gro", "off"),
                Map.entry("delay_if1_tso", "off"), Map.entry("delay_if1_gso", "on"), Map.entry("delay_if1_gro", "off"));
    }

    @Test
    void netemColumnsCarryThePhaseSuffixAndTheTotals() {
        DelayState state = new DelayState(6.0, 100, 15, "", Map.of("delay_if0_limit_packets", "100"));

        assertThat(PathFacts.netemColumns(state, "after")).containsExactly(
                Map.entry("delay_if0_limit_packets_after", "100"), Map.entry("delay_dropped_packets_after", "15"),
                Map.entry("delay_applied_rtt_ms_after", "6.000"));
    }
}
