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
    /** How often the used memory is read while a stopped load is being released. */
    private static final Duration SETTLE_POLL = Duration.ofMillis(100);
    /** The longest wait for that release before the baseline is taken anyway. */
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(30);
    /** A fall smaller than this between two reads counts as settled (the guest's own churn). */
    private static final long SETTLED_WITHIN_BYTES = 1L << 20;
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);
    /**
     * The writer's stop waits until its processes are gone and removes its working set, which a guest
     * with {@code init_on_free=1} zeroes as it frees it: a loaded TCG guest took more than 15 s for 96 MiB.
     */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final long DEFAULT_WORKING_SET_BYTES = 128L * 1024 * 1024;
    private final RemoteShell guest;
    private final MonotonicClock clock;
    private final Duration pollInterval;
    private final double reachedFraction;
    private final long workingSetBytes;
    private final boolean progressMeter;
    /** Whether the dirty writer or the progress meter may be running (stopped, and their files removed, by {@link #stop}). */
    private boolean activityStarted;
    private boolean filledOnce;

    public StressNgGuestLoad(RemoteShell guest, MonotonicClock clock, Duration pollInterval, double reachedFraction) {
        this(guest, clock, pollInterval, reachedFraction, DEFAULT_WORKING_SET_BYTES, false);
    }

    /** With the dirty writer's working set and whether samples run the progress meter. */
    public StressNgGuestLoad(RemoteShell guest, MonotonicClock clock, Duration pollInterval, double reachedFraction,
            long workingSetBytes, boolean progressMeter) {
        if (!(reachedFraction > 0 && reachedFraction <= 1)) {
            throw new BadInputException("guest load: the reached fraction must be in (0, 1], got " + reachedFraction);
        }
        this.guest = guest;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.reachedFraction = reachedFraction;
        this.workingSetBytes = workingSetBytes;
        this.progressMeter = progressMeter;
    }

    /** Polls every 500 ms and counts 95 % of the fill as reached. */
    public static StressNgGuestLoad over(RemoteShell guest, MonotonicClock clock) {
        return new StressNgGuestLoad(guest, clock, Duration.ofMillis(500), 0.95);
    }

    /** The same, with the dirty writer's working set and the progress meter as the config says. */
    public static StressNgGuestLoad over(RemoteShell guest, MonotonicClock clock, long workingSetBytes,
            boolean progressMeter) {
        return new StressNgGuestLoad(guest, clock, Duration.ofMillis(500), 0.95, workingSetBytes, progressMeter);
    }

    @Override
    public void fill(long bytes, Duration timeout) throws IOException, InterruptedException {
        requireStressNg();
        // a load left behind by a crashed run would count as baseline; with the meter configured, the
        // first fill stops a writer or meter left behind too
        activityStarted |= progressMeter && !filledOnce;
        filledOnce = true;
        stop();
        long baselineBytes = settledUsedBytes(timeout);
        long targetBytes = baselineBytes + (long) Math.ceil(bytes * reachedFraction);
        start(StressNgCommands.fill(bytes));
        awaitUsed(targetBytes, bytes, baselineBytes, timeout);
    }

    /**
     * Starts the in-guest writer ({@link DirtyWriterCommands}) and waits until the guest holds its
     * working set, so the used memory read next includes it.
     */
    @Override
    public void startDirtying(long rateBytesPerS, Duration timeout) throws IOException, InterruptedException {
        activityStarted = true;
        long baselineBytes = usedBytes();
        long heldBytes = DirtyWriterCommands.heldBytes(workingSetBytes);
        start(DirtyWriterCommands.start(rateBytesPerS, workingSetBytes));
        awaitUsed(baselineBytes + (long) Math.ceil(heldBytes * reachedFraction), heldBytes, baselineBytes, timeout);
    }

    @Override
    public boolean meters() {
        return progressMeter;
    }

    @Override
    public void startProgressMeter() throws IOException, InterruptedException {
        activityStarted = true;
        start(ProgressMeterCommands.start());
    }

    @Override
    public long guestClockNs() throws IOException, InterruptedException {
        String text = runOrFail(ProgressMeterCommands.CLOCK).stdout().strip();
        if (!text.matches("\\d{10,}")) {
            throw new GuestLoadException("guest " + guest.describe() + ": `" + ProgressMeterCommands.CLOCK
                    + "` printed '" + text + "', not nanoseconds; the guest needs a date that knows %N (coreutils)");
        }
        return Long.parseLong(text);
    }

    @Override
    public GuestProgress readProgress() throws IOException, InterruptedException {
        return GuestProgress.parse(runOrFail(ProgressMeterCommands.READ).stdout());
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

    /**
     * Stops the writer and meter first when they may run (they hold the guest's CPU, which the fill's
     * stop then needs), then the fill; tries the fill's stop even when the writer's failed.
     */
    @Override
    public void stop() throws IOException, InterruptedException {
        boolean active = activityStarted;
        try {
            if (active) {
                runOrFail(DirtyWriterCommands.STOP, STOP_TIMEOUT);
                activityStarted = false;
            }
        } finally {
            runOrFail(StressNgCommands.STOP_ALL, active ? STOP_TIMEOUT : COMMAND_TIMEOUT);
        }
    }

    /**
     * The used memory once it has stopped falling. A load just stopped is still being released (for
     * seconds on a loaded or emulated guest); a baseline read meanwhile would put the fill's target
     * out of reach of the fill, and the sample would fail before it measured anything.
     */
    private long settledUsedBytes(Duration timeout) throws IOException, InterruptedException {
        long pollMs = Math.min(pollInterval.toMillis(), SETTLE_POLL.toMillis());
        long deadline = clock.nanoTime() + Math.min(timeout.toNanos(), SETTLE_LIMIT.toNanos());
        long previous = usedBytes();
        while (clock.nanoTime() - deadline < 0) {
            clock.sleepMillis(pollMs);
            long now = usedBytes();
            if (now >= previous - SETTLED_WITHIN_BYTES) {
                return Math.min(now, previous);
            }
            previous = now;
        }
        return previous;
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
                        + "stopped. Give the guest more RAM or a smaller fill or working set, or see /tmp/migcal-stress.log"
                        + " (or /tmp/migcal-dirty.log) in the guest",
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
            throw new GuestLoadException("guest " + guest.describe() + ": the load did not start (expected its PID, got '"
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
        return runOrFail(command, COMMAND_TIMEOUT);
    }

    private CommandResult runOrFail(String command, Duration timeout) throws IOException, InterruptedException {
        CommandResult result = guest.run(command, timeout);
        if (!result.succeeded()) {
            throw new GuestLoadException("guest " + guest.describe() + ": `" + command + "` failed (exit "
                    + result.exitCode() + "): " + result.stderr().strip().replace('\n', ' '));
        }
        return result;
    }
}
