package io.migcal.harness.lab.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GroundTruthTest {
    private static final long GIB = 1L << 30;
    private static final long MB = 1_000_000L;
    private final GroundTruth truth = new GroundTruth(GroundTruthParameters.paperLab());

    private double seconds(double gib, double rttMs) {
        return truth.transferTimeS((long) (gib * GIB), rttMs, DelayBoxSettings.paperAppliance(0));
    }

    @Test
    void sixMillisecondsMoreThanDoublesTheTimeForBothPaperMemorySizes() {
        assertThat(seconds(0.6, 6)).isGreaterThan(2 * seconds(0.6, 0));
        assertThat(seconds(1.0, 6)).isGreaterThan(2 * seconds(1.0, 0));
    }

    @Test
    void oneGibibyteIsSlowerThanPointSixAtEveryRtt() {
        for (double rttMs : new double[] {0, 2, 4, 6, 10, 20, 30, 50}) {
            assertThat(seconds(1.0, rttMs)).as("at %s ms", rttMs).isGreaterThan(seconds(0.6, rttMs));
        }
    }

    @Test
    void transferTimeGrowsWithRtt() {
        double previous = 0;
        for (double rttMs : new double[] {0, 1, 6, 10, 20, 30}) {
            double t = seconds(0.6, rttMs);
            assertThat(t).as("at %s ms", rttMs).isGreaterThan(previous);
            previous = t;
        }
    }

    /**
     * docs/local-qemu-lab.md, "The queue limit": QEMU total-time for 310 MB over a router-bound ~550 Mbit/s
     * path, offloads off (no Proxmox overheads there, so the memory-copy time is compared; the busybox
     * guest there dirties next to nothing).
     */
    private double section11Ratio(int limit, CongestionControl cc) {
        GroundTruth routerBound = new GroundTruth(GroundTruthParameters.paperLab().withLinkRateBitsPerS(585e6));
        long bytes = 310 * MB;
        double atZero = routerBound.timeline(bytes, bytes, 0, 0, DelayBoxSettings.symmetric(0, limit, false, cc)).memoryCopyS();
        double atSix = routerBound.timeline(bytes, bytes, 0, 0, DelayBoxSettings.symmetric(6, limit, false, cc)).memoryCopyS();
        return atSix / atZero;
    }

    @Test
    void queueOfOneHundredPacketsReproducesTheMeasuredRatiosForBbrAndCubic() {
        assertThat(section11Ratio(100, CongestionControl.BBR)).isCloseTo(2.09, within(0.25));
        assertThat(section11Ratio(100, CongestionControl.CUBIC)).isCloseTo(3.73, within(0.4));
        assertThat(section11Ratio(50, CongestionControl.BBR)).isCloseTo(3.78, within(0.5));
        assertThat(section11Ratio(50, CongestionControl.CUBIC)).isCloseTo(7.52, within(0.8));
    }

    @Test
    void netemDefaultLimitOfOneThousandLeavesSixMillisecondsNearlyFree() {
        assertThat(section11Ratio(1000, CongestionControl.BBR)).isLessThan(1.15);
        assertThat(section11Ratio(1000, CongestionControl.CUBIC)).isLessThan(1.15);
    }

    @Test
    void offloadsOnMakeTheQueueLimitIrrelevant() {
        DelayBoxSettings offloaded = DelayBoxSettings.symmetric(6, 100, true, CongestionControl.CUBIC);
        PathThroughput path = PathThroughput.of(GroundTruthParameters.paperLab(), offloaded);
        assertThat(path.bottleneck()).isNotEqualTo(Bottleneck.DELAY_BOX_QUEUE);
        assertThat(path.dropFraction()).isZero();
    }

    @Test
    void smallQueueDropsPacketsOnlyWhenItBinds() {
        GroundTruthParameters p = GroundTruthParameters.paperLab();
        assertThat(PathThroughput.of(p, DelayBoxSettings.paperAppliance(6)).dropFraction()).isPositive();
        assertThat(PathThroughput.of(p, DelayBoxSettings.paperAppliance(0)).dropFraction()).isZero();
    }

    @Test
    void windowBindsOnLongPathsWithoutAQueueLimit() {
        DelayBoxSettings bigQueue = DelayBoxSettings.symmetric(60, 100_000, true, CongestionControl.BBR);
        PathThroughput path = PathThroughput.of(GroundTruthParameters.paperLab(), bigQueue);
        assertThat(path.bottleneck()).isEqualTo(Bottleneck.TCP_WINDOW);
        assertThat(path.effectiveBytesPerS()).isCloseTo(4 * 1024 * 1024 / 0.0602, within(1.0));
    }

    @Test
    void dirtyingGuestNeedsMoreRoundsAndMoreBytesThanAnIdleOne() {
        DelayBoxSettings box = DelayBoxSettings.paperAppliance(0);
        GroundTruthTimeline idle = truth.timeline(GIB, GIB, 2e6, 64L << 20, box);
        GroundTruthTimeline busy = truth.timeline(GIB, GIB, 60e6, GIB / 2, box);
        assertThat(busy.rounds().size()).isGreaterThan(idle.rounds().size());
        assertThat(busy.transferredBytes()).isGreaterThan(idle.transferredBytes());
        assertThat(busy.taskDurationS()).isGreaterThan(idle.taskDurationS());
    }

    @Test
    void transferredBytesRiseMonotonicallyToTheTotal() {
        GroundTruthTimeline t = truth.timeline(GIB, 2 * GIB, 30e6, GIB / 4, DelayBoxSettings.paperAppliance(6));
        long previous = -1;
        for (double s = 0; s <= t.memoryCopyS(); s += t.memoryCopyS() / 50) {
            long bytes = t.transferredBytesAt(s);
            assertThat(bytes).isGreaterThanOrEqualTo(previous);
            previous = bytes;
        }
        assertThat(t.transferredBytesAt(t.memoryCopyS() + 1)).isEqualTo(t.transferredBytes());
    }

    @Test
    void noiseIsReproducibleWithMedianOneAndTheDocumentedSpread() {
        NoiseModel noise = new NoiseModel(0.03, 42);
        assertThat(noise.factor(7)).isEqualTo(new NoiseModel(0.03, 42).factor(7));
        double[] logs = new double[2000];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log(noise.factor(i));
        }
        double mean = java.util.Arrays.stream(logs).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(logs).map(x -> (x - mean) * (x - mean)).sum() / logs.length);
        assertThat(mean).isCloseTo(0, within(0.005));
        assertThat(sd).isCloseTo(0.03, within(0.003));
    }
}
