package io.migcal.harness.guest;

/**
 * The guest's progress meter (listed in docs/host-commands.md): a loop that times one unit of work,
 * a {@code dd} copying 1 MiB inside the guest, with the guest's own clock, and appends
 * {@code START_NS END_NS} to {@code migcal-progress} in the guest's temporary directory, then
 * sleeps 100 ms. A guest slowed by the
 * migration (its vCPU sharing the host with the migration thread, dirty-page tracking, auto-converge
 * throttling) takes longer per unit: QEMU's guestperf reads its guest's progress the same way, as the
 * time one fixed piece of work takes.
 */
final class ProgressMeterCommands {
    static final String NAME = "migcal-meter";
    static final String READ = "cat /tmp/migcal-progress";
    static final String CLOCK = "date +%s%N";

    private static final String SCRIPT = String.join("\n",
            "cd \"${TMPDIR:-/tmp}\" || exit 1",
            "head -c 1048576 /dev/urandom > migcal-meter-src",
            ": > migcal-progress",
            "t=date; case $(date +%N) in *N*) t=/usr/bin/date ;; esac",
            "while :; do",
            "  a=$($t +%s%N)",
            "  dd if=migcal-meter-src of=migcal-meter-buf bs=65536 count=16 conv=notrunc 2>/dev/null",
            "  echo \"$a $($t +%s%N)\" >> migcal-progress",
            "  sleep 0.1",
            "done");

    private ProgressMeterCommands() {
    }

    /** Starts the meter detached; prints its PID. */
    static String start() {
        return "setsid nohup sh -c '" + SCRIPT + "' " + NAME + " > /dev/null 2>&1 < /dev/null & echo $!";
    }
}
