package io.migcal.harness.delay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RootQdiscTest {

    @Test
    void parsesNetemWithJitterAndCountersFromTheSentLine() {
        RootQdisc q = RootQdisc.parse("qdisc netem 8001: root refcnt 2 limit 1652 delay 10ms  1ms\n"
                + " Sent 123456 bytes 789 pkt (dropped 12, overlimits 0 requeues 0) \n backlog 0b 0p requeues 0\n");

        assertThat(q).isEqualTo(new RootQdisc("netem", 10.0, 1652, 123456, 789, 12));
    }

    @Test
    void convertsSecondsAndMicrosecondsToMilliseconds() {
        assertThat(RootQdisc.parse("qdisc netem 8002: root refcnt 2 limit 50000 delay 1.5s").delayMs()).isEqualTo(1500.0);
        assertThat(RootQdisc.parse("qdisc netem 8003: root refcnt 2 limit 1000 delay 500us").delayMs()).isEqualTo(0.5);
    }

    @Test
    void netemWithoutDelayAndOtherQdiscsReadAsZeroDelay() {
        assertThat(RootQdisc.parse("qdisc netem 8001: root refcnt 2 limit 1000").delayMs()).isZero();
        RootQdisc fq = RootQdisc.parse("qdisc fq_codel 0: root refcnt 2 limit 10240p flows 1024 quantum 1514 "
                + "target 5ms interval 100ms memory_limit 32Mb ecn drop_batch 64 \n"
                + " Sent 5 bytes 1 pkt (dropped 2, overlimits 0 requeues 0) \n");
        assertThat(fq).isEqualTo(new RootQdisc("fq_codel", 0.0, null, 5, 1, 2));
        assertThat(RootQdisc.parse("qdisc noqueue 0: root refcnt 2 \n").kind()).isEqualTo("noqueue");
    }

    @Test
    void ignoresNonRootQdiscsBeforeTheRootOne() {
        RootQdisc q = RootQdisc.parse("qdisc ingress ffff: parent ffff:fff1 ---------------- \n"
                + " Sent 999 bytes 9 pkt (dropped 9, overlimits 0 requeues 0) \n"
                + "qdisc netem 8001: root refcnt 2 limit 100 delay 3ms\n"
                + " Sent 10 bytes 1 pkt (dropped 4, overlimits 0 requeues 0) \n");

        assertThat(q).isEqualTo(new RootQdisc("netem", 3.0, 100, 10, 1, 4));
    }

    @Test
    void outputWithoutARootQdiscIsRefused() {
        assertThatThrownBy(() -> RootQdisc.parse("Cannot find device \"eth9\"\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no root qdisc");
    }
}
