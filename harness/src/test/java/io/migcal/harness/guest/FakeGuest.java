package io.migcal.harness.guest;

import io.migcal.harness.lab.sshd.ShellCommandHandler;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Linux guest with stress-ng as docs/host-commands.md lists it: a started fill (or the dirty writer's
 * working set) makes used memory rise over {@code rampMillis} towards baseline + N (never above what
 * the guest has), pkill drops it. {@code cat /proc/meminfo /proc/zoneinfo} prints both files; a guest
 * made with a per-CPU high mark parks what a stopped load frees in its per-CPU free list (up to that
 * mark), which MemAvailable leaves out and the next allocation draws from first, as Linux does.
 */
final class FakeGuest implements ShellCommandHandler {
    private static final Pattern START = Pattern.compile(
            "setsid nohup stress-ng --vm 1 --vm-bytes (\\d+) --vm-keep --vm-hang 0 --timeout 0 "
                    + "> /tmp/migcal-stress.log 2>&1 < /dev/null & echo \\$!");
    private static final Pattern WRITER = Pattern.compile(
            "(?s)setsid nohup sh -c '.*' migcal-dirty (\\d+) (\\d+) > /tmp/migcal-dirty.log 2>&1 < /dev/null & echo \\$!");
    private static final long BLOCK = 8L * 1024 * 1024;
    static final long TOTAL_KIB = 2_030_592;
    static final long BASELINE_USED_KIB = 300_000;
    static final long KERNEL_RESERVE_KIB = 60_000;
    private final long rampMillis;
    private final long releaseMillis;
    volatile boolean stressNgInstalled = true;
    private volatile long loadBytes;
    private volatile long startedNanos;
    private volatile long releasingBytes;
    private volatile long stoppedNanos;
    private final long perCpuHighKib;
    /** What the per-CPU free list held when the current load started (it is drawn down as the load grows). */
    private volatile long perCpuAtStartKib;

    FakeGuest(long rampMillis) {
        this(rampMillis, 0);
    }

    /** A guest that frees a stopped load's memory over {@code releaseMillis}, as a slow guest does. */
    FakeGuest(long rampMillis, long releaseMillis) {
        this(rampMillis, releaseMillis, 0);
    }

    /** A guest whose freed pages go to a per-CPU free list holding up to {@code perCpuHighKib}. */
    FakeGuest(long rampMillis, long releaseMillis, long perCpuHighKib) {
        this.rampMillis = rampMillis;
        this.releaseMillis = releaseMillis;
        this.perCpuHighKib = perCpuHighKib;
    }

    @Override
    public int execute(String command, OutputStream out, OutputStream err) throws Exception {
        Matcher start = START.matcher(command);
        if (command.equals("command -v stress-ng")) {
            return stressNgInstalled ? write(out, "/usr/bin/stress-ng\n", 0) : 1;
        }
        if (start.matches() && stressNgInstalled) {
            startedNanos = System.nanoTime();
            loadBytes = Long.parseLong(start.group(1));
            return write(out, "4242\n", 0);
        }
        if (command.equals("cat /proc/meminfo") || command.equals("cat /proc/meminfo /proc/zoneinfo")) {
            long availableKib = TOTAL_KIB - usedKib() - perCpuKib();
            String meminfo = "MemTotal:        " + TOTAL_KIB + " kB\nMemFree:          123456 kB\n"
                    + "MemAvailable:    " + availableKib + " kB\nBuffers:           10240 kB\n";
            String zoneinfo = "Node 0, zone    DMA32\n  pages free     4000\n        managed  " + TOTAL_KIB / 4
                    + "\n  pagesets\n    cpu: 0\n              count: " + perCpuKib() / 4 + "\n              high:  "
                    + perCpuHighKib / 4 + "\n";
            return write(out, command.endsWith("zoneinfo") ? meminfo + zoneinfo : meminfo, 0);
        }
        if (command.equals("pkill -TERM -f 'stress-ng --vm'; true")) {
            release();
            return 0;
        }
        Matcher writer = WRITER.matcher(command);
        if (writer.matches()) {
            startedNanos = System.nanoTime();
            loadBytes = Long.parseLong(writer.group(2)) / BLOCK * BLOCK;
            return write(out, "4343\n", 0);
        }
        if (command.startsWith("pkill -TERM -f 'migcal-(dirty|meter)'")) {
            release();
            return 0;
        }
        return write(err, "sh: 1: " + command.split(" ")[0] + ": not found\n", 127);
    }

    private synchronized void release() {
        long freedKib = heldBytes() / 1024;
        perCpuAtStartKib = Math.min(perCpuHighKib, perCpuKib() + freedKib);
        releasingBytes = heldBytes();
        stoppedNanos = System.nanoTime();
        loadBytes = 0;
    }

    /** Free pages parked in the per-CPU list: what the last stop left there, less what the load took since. */
    long perCpuKib() {
        return Math.max(0, perCpuAtStartKib - heldBytes() / 1024);
    }

    long usedKib() {
        return Math.min(BASELINE_USED_KIB + heldBytes() / 1024 + stillReleasingBytes() / 1024,
                TOTAL_KIB - KERNEL_RESERVE_KIB);
    }

    private long heldBytes() {
        double ramp = Math.min(1.0, (System.nanoTime() - startedNanos) / 1e6 / rampMillis);
        return (long) (loadBytes * ramp);
    }

    private long stillReleasingBytes() {
        if (releaseMillis == 0) {
            return 0;
        }
        double left = 1.0 - Math.min(1.0, (System.nanoTime() - stoppedNanos) / 1e6 / releaseMillis);
        return (long) (releasingBytes * left);
    }

    private static int write(OutputStream stream, String text, int exitCode) throws Exception {
        stream.write(text.getBytes(StandardCharsets.UTF_8));
        return exitCode;
    }
}
