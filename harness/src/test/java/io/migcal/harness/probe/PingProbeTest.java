package io.migcal.harness.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ICMP echo through the host's ping: its -D reply lines read into gaps, and a real ping to loopback. */
class PingProbeTest {

    @Test
    void theLongestGapIsBetweenReplyStampsAndMissingSequenceNumbersAreLost() {
        List<String> output = List.of(
                "PING 10.77.9.10 (10.77.9.10) 56(84) bytes of data.",
                "[1796127125.997171] 64 bytes from 10.77.9.10: icmp_seq=1 ttl=64 time=0.131 ms",
                "[1796127126.008807] 64 bytes from 10.77.9.10: icmp_seq=2 ttl=64 time=0.045 ms",
                "[1796127126.391002] 64 bytes from 10.77.9.10: icmp_seq=33 ttl=64 time=1.2 ms",
                "[1796127126.401230] 64 bytes from 10.77.9.10: icmp_seq=34 ttl=64 time=0.3 ms",
                "ping: sendmsg: No buffer space available",
                "--- 10.77.9.10 ping statistics ---");

        EchoGaps gaps = PingProbe.parse(output);

        assertThat(gaps.replies()).isEqualTo(4);
        assertThat(gaps.lost()).isEqualTo(30);
        assertThat(gaps.longestGapMs()).isCloseTo(382.195, org.assertj.core.data.Offset.offset(0.001));
        assertThat(gaps.columns()).containsEntry("downtime_observed_ms", "382.2");
    }

    @Test
    void noReplyAtAllGivesNoFigureRatherThanZero() {
        EchoGaps gaps = PingProbe.parse(List.of("PING 10.77.9.10 (10.77.9.10) 56(84) bytes of data."));

        assertThat(gaps.replies()).isZero();
        assertThat(gaps.longestGapMs()).isNull();
        assertThat(gaps.columns().get("downtime_observed_ms")).isNull();
    }

    @Test
    void aRealPingToLoopbackAnswersEveryTenMilliseconds() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ping")) || Files.isExecutable(Path.of("/bin/ping")),
                "skipped: no ping on this host (apt-get install iputils-ping)");
        PingProbe probe = new PingProbe(List.of(), "127.0.0.1", 10);
        assertThat(probe.command()).containsExactly("ping", "-D", "-n", "-i", "0.010", "127.0.0.1");

        EchoProbe.Running running = probe.start();
        Thread.sleep(500);
        EchoGaps gaps = running.stop();

        assumeTrue(gaps.replies() > 0, "skipped: ping may not send every 10 ms here (needs root)");
        assertThat(gaps.replies()).isGreaterThan(10);
        assertThat(gaps.lost()).isZero();
        assertThat(gaps.longestGapMs()).isLessThan(250.0);
    }
}
