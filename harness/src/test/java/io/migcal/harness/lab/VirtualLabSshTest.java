package io.migcal.harness.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jcraft.jsch.JSchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VirtualLabSshTest {
    @TempDir
    static Path stateDir;
    private VirtualLab lab;

    @BeforeEach
    void start() throws Exception {
        lab = VirtualLab.start(VirtualLabSettings.defaults(stateDir).withTimeCompression(200));
    }

    @AfterEach
    void close() {
        lab.close();
    }

    private JschProbe.Result on(String endpoint, String command) throws Exception {
        return JschProbe.run(lab.descriptor().endpoint(endpoint), command);
    }

    private long guestUsedBytes() throws Exception {
        String meminfo = on("guest", "cat /proc/meminfo").out();
        return (kb(meminfo, "MemTotal") - kb(meminfo, "MemAvailable")) * 1024;
    }

    private static long kb(String meminfo, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s+(\\d+) kB$").matcher(meminfo);
        assertThat(m.find()).as(key).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void delayBoxSetsShowsAndClearsNetemLikeIproute2() throws Exception {
        assertThat(on("delaybox", "modprobe sch_netem").exit()).isZero();
        assertThat(on("delaybox", "tc qdisc replace dev eth1 root netem delay 2.5ms limit 100").exit()).isZero();
        String shown = on("delaybox", "tc -s qdisc show dev eth1").out();
        assertThat(shown).containsPattern("qdisc netem [0-9a-f]+: root refcnt 2 limit 100 delay 2.5ms")
                .containsPattern(" Sent \\d+ bytes \\d+ pkt \\(dropped \\d+, overlimits 0 requeues 0\\)");
        assertThat(on("delaybox", "tc qdisc del dev eth1 root").exit()).isZero();
        JschProbe.Result again = on("delaybox", "tc qdisc del dev eth1 root");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("Error: Cannot delete qdisc with handle of zero.\n");
        assertThat(on("delaybox", "tc -s qdisc show dev eth1").out()).startsWith("qdisc fq_codel 0: root refcnt 2");
        assertThat(on("delaybox", "tc qdisc replace dev eth2 root netem delay 3ms").exit()).isZero();
        assertThat(on("delaybox", "tc qdisc show dev eth2").out()).contains(" limit 100 delay 3ms")
                .as("the virtual appliance's default queue").doesNotContain("Sent");
        assertThat(on("delaybox", "tc qdisc replace dev eth9 root netem delay 1ms").err()).isEqualTo("Cannot find device \"eth9\"\n");
    }

    @Test
    void delayBoxOffloadsAndCongestionControlReadBackAsSet() throws Exception {
        assertThat(on("delaybox", "ethtool -k eth1").out()).contains("Features for eth1:")
                .contains("tcp-segmentation-offload: off").contains("generic-receive-offload: off");
        assertThat(on("delaybox", "ethtool -K eth1 tso on gso on gro on").exit()).isZero();
        assertThat(on("delaybox", "ethtool -k eth1").out()).contains("generic-segmentation-offload: on");
        String sysctl = on("pve1", "sysctl net.ipv4.tcp_congestion_control net.ipv4.tcp_wmem net.core.wmem_max").out();
        assertThat(sysctl).contains("net.ipv4.tcp_congestion_control = cubic\n")
                .contains("net.ipv4.tcp_wmem = 4096\t16384\t4194304\n").contains("net.core.wmem_max = 212992\n");
        assertThat(on("pve1", "sysctl -w net.ipv4.tcp_congestion_control=bbr").exit()).isZero();
        assertThat(on("delaybox", "sysctl -n net.ipv4.tcp_congestion_control").out()).isEqualTo("bbr\n");
    }

    @Test
    void pingBetweenNodesShowsTheDelayBoxRtt() throws Exception {
        on("delaybox", "tc qdisc replace dev eth1 root netem delay 3ms limit 1000");
        on("delaybox", "tc qdisc replace dev eth2 root netem delay 3ms limit 1000");
        JschProbe.Result ping = on("pve1", "ping -c 5 -i 0.2 -q -W 2 10.10.0.12");
        assertThat(ping.exit()).isZero();
        Matcher rtt = Pattern.compile("rtt min/avg/max/mdev = ([\\d.]+)/([\\d.]+)/([\\d.]+)/([\\d.]+) ms").matcher(ping.out());
        assertThat(rtt.find()).isTrue();
        assertThat(Double.parseDouble(rtt.group(2))).isBetween(6.2, 6.35);
        JschProbe.Result unreachable = on("pve1", "ping -c 2 -i 0.2 -q -W 2 10.99.0.1");
        assertThat(unreachable.exit()).isEqualTo(1);
        assertThat(unreachable.out()).contains("100% packet loss");
    }

    @Test
    void guestMemoryRisesWithStressNgAndFallsAfterPkill() throws Exception {
        assertThat(on("guest", "command -v stress-ng").out()).isEqualTo("/usr/bin/stress-ng\n");
        long before = guestUsedBytes();
        JschProbe.Result started = on("guest", "setsid nohup stress-ng --vm 1 --vm-bytes 644245094 --vm-keep "
                + "--vm-hang 0 --timeout 0 > /tmp/migcal-stress.log 2>&1 < /dev/null & echo $!");
        assertThat(started.out()).matches("\\d+\n");
        lab.clock().sleepMillis(3000);
        assertThat(guestUsedBytes() - before).isBetween(644245094L - (1 << 20), 644245094L + (1 << 20));
        assertThat(on("guest", "free -b").out()).containsPattern("(?m)^Mem: +\\d+ +\\d+");
        assertThat(on("guest", "pkill -TERM -f 'stress-ng --vm'; true").exit()).isZero();
        assertThat(guestUsedBytes()).isEqualTo(before);
    }

    @Test
    void qmMigrateStreamsTheTaskLogAndMovesTheVm() throws Exception {
        JschProbe.Result migrate = on("pve1", "qm migrate 100 pve2 --online");
        assertThat(migrate.exit()).isZero();
        String[] lines = migrate.out().split("\n");
        assertThat(lines[0]).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d starting migration of VM 100 to node 'pve2'.*");
        assertThat(lines[lines.length - 1]).contains("migration finished successfully");
        assertThat(Arrays.asList(lines)).noneMatch(l -> l.startsWith("TASK"));
        assertThat(on("pve2", "qm status 100").out()).isEqualTo("status: running\n");
        JschProbe.Result gone = on("pve1", "qm status 100");
        assertThat(gone.exit()).isEqualTo(2);
        assertThat(gone.err()).contains("Configuration file 'nodes/pve1/qemu-server/100.conf' does not exist");
    }

    @Test
    void smallDelayBoxQueueCountsDropsDuringAMigration() throws Exception {
        on("delaybox", "tc qdisc replace dev eth1 root netem delay 3ms limit 100");
        on("delaybox", "tc qdisc replace dev eth2 root netem delay 3ms limit 100");
        assertThat(on("pve1", "qm migrate 100 pve2 --online").exit()).isZero();
        Matcher counters = Pattern.compile("Sent (\\d+) bytes (\\d+) pkt \\(dropped (\\d+),")
                .matcher(on("delaybox", "tc -s qdisc show dev eth2").out());
        assertThat(counters.find()).isTrue();
        assertThat(Long.parseLong(counters.group(2))).isGreaterThan(100_000);
        assertThat(Long.parseLong(counters.group(3))).isPositive();
    }

    @Test
    void guestAgentExecAnswersInQemuServersJson() throws Exception {
        JschProbe.Result exec = on("pve1", "qm guest exec 100 -- cat /proc/meminfo");
        assertThat(exec.exit()).isZero();
        assertThat(exec.out()).startsWith("{\n   \"exitcode\" : 0,\n   \"exited\" : 1,\n   \"out-data\" : \"MemTotal:");
    }

    @Test
    void unknownCommandAnswersLikeSh() throws Exception {
        JschProbe.Result result = on("pve1", "frobnicate --now");
        assertThat(result.exit()).isEqualTo(127);
        assertThat(result.err()).isEqualTo("sh: 1: frobnicate: not found\n");
    }

    @Test
    void hostKeysArePinnedAndSurviveARestart() throws Exception {
        LabSshAccess guest = lab.descriptor().endpoint("guest");
        Path empty = Files.createTempFile(stateDir, "empty", "known_hosts");
        assertThatThrownBy(() -> JschProbe.connect(guest, empty.toString())).isInstanceOf(JSchException.class)
                .hasMessageContaining("HostKey");
        String knownHosts = Files.readString(Path.of(guest.knownHostsFile()));
        lab.close();
        lab = VirtualLab.start(VirtualLabSettings.defaults(stateDir).withPortBase(0));
        String after = Files.readString(Path.of(lab.descriptor().endpoint("guest").knownHostsFile()));
        assertThat(after.replaceAll("\\[127.0.0.1\\]:\\d+ ", "")).isEqualTo(knownHosts.replaceAll("\\[127.0.0.1\\]:\\d+ ", ""));
        assertThat(on("guest", "true").exit()).isZero();
    }

    @Test
    void droppingEndpointClosesTheConnectionMidCommand() throws Exception {
        String whole = on("guest", "cat /proc/meminfo").out();
        lab.faults().setSshDrops("guest", true);
        var session = JschProbe.connect(lab.descriptor().endpoint("guest"), lab.descriptor().endpoint("guest").knownHostsFile());
        JschProbe.Result result = JschProbe.run(session, "cat /proc/meminfo");
        assertThat(result.exit()).isEqualTo(-1);
        assertThat(session.isConnected()).isFalse();
        assertThat(whole).startsWith(result.out());
        assertThat(result.out().length()).isLessThan(whole.length());
        lab.faults().setSshDrops("guest", false);
        assertThat(on("guest", "true").exit()).isZero();
    }

    @Test
    void offlineNodeRefusesSshConnections() throws Exception {
        lab.faults().setNodeOffline("pve2", true);
        assertThatThrownBy(() -> on("pve2", "true")).isInstanceOf(JSchException.class);
        JschProbe.Result ping = on("pve1", "ping -c 2 -i 0.2 -q -W 2 10.10.0.12");
        assertThat(ping.exit()).isEqualTo(1);
        lab.faults().setNodeOffline("pve2", false);
        assertThat(on("pve2", "true").exit()).isZero();
    }
}
