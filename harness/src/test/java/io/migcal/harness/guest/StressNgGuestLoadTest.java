package io.migcal.harness.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.harness.ssh.JschRemoteShell;
import io.migcal.harness.ssh.RecordingHandler;
import io.migcal.harness.ssh.SshTestBed;
import io.migcal.harness.time.MonotonicClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StressNgGuestLoadTest {
    private static final long BASELINE_BYTES = FakeGuest.BASELINE_USED_KIB * 1024;
    private static final long FILL_BYTES = 644_245_094; // 0.6 GiB, the paper's smaller size
    private static final String FILL_COMMAND = "setsid nohup stress-ng --vm 1 --vm-bytes 644245094 --vm-keep "
            + "--vm-hang 0 --timeout 0 > /tmp/migcal-stress.log 2>&1 < /dev/null & echo $!";
    private static final String MEMINFO = "cat /proc/meminfo /proc/zoneinfo";
    @TempDir
    Path dir;
    private final FakeGuest guest = new FakeGuest(400);
    private final RecordingHandler recording = new RecordingHandler(guest);
    private SshTestBed bed;
    private JschRemoteShell shell;
    private StressNgGuestLoad load;

    @BeforeEach
    void startGuest() throws Exception {
        bed = SshTestBed.start(dir, recording);
        shell = bed.strictShell();
        load = new StressNgGuestLoad(shell, MonotonicClock.SYSTEM, Duration.ofMillis(25), 0.95);
    }

    @AfterEach
    void stopGuest() throws Exception {
        shell.close();
        bed.close();
    }

    @Test
    void fillStartsStressNgAndReturnsOnlyOnceTheGuestHoldsTheMemory() throws Exception {
        load.fill(FILL_BYTES, Duration.ofSeconds(10));

        assertThat(load.usedBytes()).isGreaterThanOrEqualTo(BASELINE_BYTES + (long) (FILL_BYTES * 0.95));
        // the baseline is read until it stops falling (twice here: nothing was being released)
        assertThat(recording.received()).startsWith("command -v stress-ng", "pkill -TERM -f 'stress-ng --vm'; true",
                MEMINFO, MEMINFO, FILL_COMMAND, MEMINFO);
        assertThat(recording.received().stream().filter(MEMINFO::equals).count())
                .as("the harness polled while the memory was still rising").isGreaterThan(2);
    }

    @Test
    void aFillRightAfterAStopWaitsForTheStoppedLoadsMemoryToBeReleased() throws Exception {
        FakeGuest slow = new FakeGuest(100, 1500);
        try (SshTestBed slowBed = SshTestBed.start(java.nio.file.Files.createDirectories(dir.resolve("slow")),
                new RecordingHandler(slow));
                JschRemoteShell slowShell = slowBed.strictShell()) {
            StressNgGuestLoad slowLoad = new StressNgGuestLoad(slowShell, MonotonicClock.SYSTEM, Duration.ofMillis(25), 0.95);
            slowLoad.fill(FILL_BYTES, Duration.ofSeconds(10));

            // the next sample's fill: the first fill is stopped and its 0.6 GiB freed over 1.5 s; a
            // baseline read at once would include it, and the target would be out of reach
            slowLoad.fill(FILL_BYTES, Duration.ofSeconds(10));

            assertThat(slow.usedKib() * 1024).isBetween(BASELINE_BYTES + (long) (FILL_BYTES * 0.95),
                    BASELINE_BYTES + FILL_BYTES + (1L << 20));
        }
    }

    @Test
    void aStoppedLoadsPagesParkedInThePerCpuFreeListCountAsFree() throws Exception {
        // a 1-CPU Linux 6.1 guest keeps up to ~54 MB of freed pages there; MemAvailable leaves them out,
        // so the baseline after a stop looked 54 MB too high and the next fill, drawing on those pages
        // first, could not reach its target (the local QEMU lab's sweeps lost samples to it)
        long highKib = 96L * 1024;
        FakeGuest parking = new FakeGuest(100, 0, highKib);
        try (SshTestBed parkingBed = SshTestBed.start(java.nio.file.Files.createDirectories(dir.resolve("pcp")),
                new RecordingHandler(parking));
                JschRemoteShell parkingShell = parkingBed.strictShell()) {
            StressNgGuestLoad parkingLoad = new StressNgGuestLoad(parkingShell, MonotonicClock.SYSTEM,
                    Duration.ofMillis(25), 0.95);
            parkingLoad.fill(FILL_BYTES, Duration.ofSeconds(10));
            parkingLoad.stop();
            assertThat(parking.perCpuKib()).as("the stop parked the high mark's worth").isEqualTo(highKib);
            assertThat(parkingLoad.usedBytes()).isEqualTo(BASELINE_BYTES);

            parkingLoad.fill(FILL_BYTES, Duration.ofSeconds(2));

            assertThat(parking.usedKib() * 1024).isGreaterThanOrEqualTo(BASELINE_BYTES + (long) (FILL_BYTES * 0.95));
        }
    }

    @Test
    void usedBytesIsTotalMinusAvailable() throws Exception {
        assertThat(load.usedBytes()).isEqualTo(BASELINE_BYTES);
    }

    @Test
    void fillThatTheGuestCannotHoldTimesOutClearlyAndStopsTheLoad() {
        long tooMuch = 4L << 30;

        assertThatThrownBy(() -> load.fill(tooMuch, Duration.ofSeconds(1)))
                .isInstanceOf(GuestLoadException.class)
                .hasMessageContaining("not the " + (BASELINE_BYTES + (long) Math.ceil(tooMuch * 0.95)) + " targeted")
                .hasMessageContaining("within 1 s; the load was stopped");
        assertThat(recording.received()).last().isEqualTo("pkill -TERM -f 'stress-ng --vm'; true");
        assertThat(guest.usedKib()).isEqualTo(FakeGuest.BASELINE_USED_KIB);
    }

    @Test
    void stopEndsTheLoadAndUsedMemoryFallsBack() throws Exception {
        load.fill(FILL_BYTES, Duration.ofSeconds(10));

        load.stop();

        assertThat(load.usedBytes()).isEqualTo(BASELINE_BYTES);
        assertThat(recording.received()).contains("pkill -TERM -f 'stress-ng --vm'; true");
    }

    @Test
    void missingStressNgIsReportedWithHowToInstallIt() {
        guest.stressNgInstalled = false;

        assertThatThrownBy(() -> load.fill(FILL_BYTES, Duration.ofSeconds(10)))
                .isInstanceOf(GuestLoadException.class)
                .hasMessageContaining("stress-ng is not installed; install it in the guest");
        assertThat(recording.received()).containsExactly("command -v stress-ng");
    }

    @Test
    void theDirtyWriterStartsWithItsRateAndReturnsOnceTheGuestHoldsItsWorkingSet() throws Exception {
        StressNgGuestLoad dirtying = new StressNgGuestLoad(shell, MonotonicClock.SYSTEM, Duration.ofMillis(25), 0.95,
                100L * 1024 * 1024, false);

        dirtying.startDirtying(50_000_000, Duration.ofSeconds(10));

        assertThat(recording.received()).anySatisfy(c -> assertThat(c).startsWith("setsid nohup sh -c '")
                .endsWith("' migcal-dirty 50000000 104857600 > /tmp/migcal-dirty.log 2>&1 < /dev/null & echo $!"));
        assertThat(dirtying.usedBytes()).as("the working set, rounded to 8 MiB blocks, is held")
                .isGreaterThanOrEqualTo(BASELINE_BYTES + (long) (96L * 1024 * 1024 * 0.95));

        dirtying.stop();

        assertThat(recording.received()).as("the writer first: it holds the guest's CPU")
                .endsWith(DirtyWriterCommands.STOP, "pkill -TERM -f 'stress-ng --vm'; true");
        assertThat(dirtying.usedBytes()).isEqualTo(BASELINE_BYTES);
    }
}
