package io.migcal.harness.delay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PingSummaryTest {

    @Test
    void parsesIputilsSummary() {
        PingSummary ping = PingSummary.parse("PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.\n\n"
                + "--- 10.0.0.2 ping statistics ---\n"
                + "5 packets transmitted, 5 received, 0% packet loss, time 803ms\n"
                + "rtt min/avg/max/mdev = 6.101/6.210/6.402/0.101 ms\n");

        assertThat(ping).isEqualTo(new PingSummary(5, 5, 0.0, 6.101, 6.210, 6.402, 0.101));
        assertThat(ping.anyReply()).isTrue();
    }

    @Test
    void unreachableTargetHasNoRttInsteadOfZero() {
        PingSummary ping = PingSummary.parse("--- 10.0.0.9 ping statistics ---\n"
                + "5 packets transmitted, 0 received, +5 errors, 100% packet loss, time 812ms\n");

        assertThat(ping.received()).isZero();
        assertThat(ping.lossPercent()).isEqualTo(100.0);
        assertThat(ping.avgMs()).isNaN();
        assertThat(ping.anyReply()).isFalse();
    }

    @Test
    void parsesBusyboxSummaryWithoutMdev() {
        PingSummary ping = PingSummary.parse("5 packets transmitted, 4 packets received, 20% packet loss\n"
                + "round-trip min/avg/max = 0.061/0.075/0.090 ms\n");

        assertThat(ping).isEqualTo(new PingSummary(5, 4, 20.0, 0.061, 0.075, 0.090, Double.NaN));
    }

    @Test
    void textWithoutSummaryIsRefused() {
        assertThatThrownBy(() -> PingSummary.parse("ping: unknown host nowhere\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
