package io.migcal.harness.guest;

/** The exact stress-ng command lines sent to a guest (listed in docs/host-commands.md). */
final class StressNgCommands {
    static final String PRESENT = "command -v stress-ng";
    /** With zoneinfo for the free pages parked in per-CPU lists, which MemAvailable leaves out ({@link MemInfo}). */
    static final String MEMINFO = "cat /proc/meminfo /proc/zoneinfo";
    static final String STOP_ALL = "pkill -TERM -f 'stress-ng --vm'; true";
    private static final String DETACHED = " --timeout 0 > /tmp/migcal-stress.log 2>&1 < /dev/null & echo $!";

    private StressNgCommands() {
    }

    /** Allocates {@code bytes}, writes non-zero data once and then sleeps holding it ({@code --vm-hang 0}). */
    static String fill(long bytes) {
        return "setsid nohup stress-ng --vm 1 --vm-bytes " + bytes + " --vm-keep --vm-hang 0" + DETACHED;
    }
}
