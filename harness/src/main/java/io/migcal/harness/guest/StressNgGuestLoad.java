package io.migcal.harness.guest;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import io.migcal.harness.time.MonotonicClock;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * Guest memory fill with stress-ng, through any {@link RemoteShell} into the guest (its own SSH, or the
 * guest agent). {@link #fill} waits until {@code /proc/meminfo} shows the guest holding the fill on top
 * of what it used before; reaching {@code reachedFraction} of it counts (kernel accounting differs by a
 * few percent from the bytes stress-ng maps).
 */
public final class StressNgGuestLoad implements GuestLoad {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);
    private final RemoteShell guest;
    private final MonotonicClock clock;
    private final Duration pollInterval;
    private final double reachedFraction;

    public StressNgGuestLoad(RemoteShell guest, MonotonicClock clock, Duration pollInterval, double reachedFraction) {
        if (!(reachedFraction > 0 && reachedFraction <= 1)) {
            throw new BadInputException("guest load: the reached fraction must be in (0, 1], got " + reachedFraction);
        }
        this.guest = guest;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.reachedFraction = reachedFraction;
    }

    /** Polls every 500 ms and counts 95 % of the fill as reached. */
    public static StressNgGuestLoad over(RemoteShell guest, MonotonicClock clock) {
        return new StressNgGuestLoad(guest, clock, Duration.ofMillis(500), 0.95);
    }

    @Override
    public void fill(long bytes, Duration timeout) throws IOException, InterruptedException {
        requireStressNg();
        stop(); // a load left behind by a crashed run would count as baseline
        long baselineBytes = usedBytes();
        long targetBytes = baselineBytes + (long) Math.ceil(bytes * reachedFraction);
        start(StressNgCommands.fill(bytes));
        awaitUsed(targetBytes, bytes, baselineBytes, timeout);
    }

    /**
     * Starts a dirtying load rewriting {@code workingSetBytes} continuously; {@link #stop} ends it too.
     * Not used by any sweep yet: the dirty-rate axis that will drive it (and fill
     * {@code dirty_rate_bytes_per_s} for the {@code precopy} family) is issue 13.
     */
    public void startDirtying(long workingSetBytes) throws IOException, InterruptedException {
        requireStressNg();
        start(StressNgCommands.dirty(workingSetBytes));
    }

    @Override
    public long usedBytes() throws IOException, InterruptedException {
        String text = runOrFail(StressNgCommands.MEMINFO).stdout();
        try {
            return MemInfo.parse(text).usedBytes();
        } catch (IllegalArgumentException e) {
            throw new GuestLoadException("guest " + guest.describe() + ": " + e.getMessage());
        }
    }

    @Override
    public String stopByHand() {
        return "in the guest " + guest.describe() + " run: " + StressNgCommands.STOP_ALL.replace("; true", "");
    }

    @Override
    public void stop() throws IOException, InterruptedException {
        runOrFail(StressNgCommands.STOP_ALL);
    }

    private void awaitUsed(long targetBytes, long fillBytes, long baselineBytes, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = clock.nanoTime() + timeout.toNanos();
        long usedBytes = usedBytes();
        while (usedBytes < targetBytes) {
            if (clock.nanoTime() - deadline > 0) {
                stop();
                throw new GuestLoadException(String.format(Locale.ROOT, "guest %s: used memory reached %d bytes, "
                        + "not the %d targeted (baseline %d + %.0f%% of the %d-byte fill), within %d s; the load was "
                        + "stopped. Give the guest more RAM or a smaller fill, or see /tmp/migcal-stress.log in the guest",
                        guest.describe(), usedBytes, targetBytes, baselineBytes, reachedFraction * 100, fillBytes,
                        timeout.toSeconds()));
            }
            clock.sleepMillis(pollInterval.toMillis());
            usedBytes = usedBytes();
        }
    }

    private void start(String command) throws IOException, InterruptedException {
        String pid = runOrFail(command).stdout().strip();
        if (!pid.matches("\\d+")) {
            throw new GuestLoadException("guest " + guest.describe() + ": stress-ng did not start (expected its PID, got '"
                    + pid.replace('\n', ' ') + "')");
        }
    }

    private void requireStressNg() throws IOException, InterruptedException {
        if (!guest.run(StressNgCommands.PRESENT, COMMAND_TIMEOUT).succeeded()) {
            throw new GuestLoadException("guest " + guest.describe()
                    + ": stress-ng is not installed; install it in the guest (apt install stress-ng / dnf install stress-ng)");
        }
    }

    private CommandResult runOrFail(String command) throws IOException, InterruptedException {
        CommandResult result = guest.run(command, COMMAND_TIMEOUT);
        if (!result.succeeded()) {
            throw new GuestLoadException("guest " + guest.describe() + ": `" + command + "` failed (exit "
                    + result.exitCode() + "): " + result.stderr().strip().replace('\n', ' '));
        }
        return result;
    }
}
