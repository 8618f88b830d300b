package io.migcal.harness.guest;

import java.util.Locale;

/**
 * The in-guest writer that holds a set dirty rate (listed in docs/host-commands.md). stress-ng's
 * {@code --vm} workers rewrite memory as fast as they can and have no rate option, so the rate comes
 * from a POSIX sh loop that needs only {@code sh}, {@code head}, {@code cat}, {@code dd},
 * {@code sleep} and a {@code date} with {@code %N} (busybox plus coreutils' date is enough).
 *
 * <p>It first writes its working set ({@code w} bytes, rounded to 8 MiB) with random data, so the
 * guest holds it before the migration starts; then it rewrites 1 MiB chunks of it, in order, as
 * many as are due at {@code r} bytes per second since it started (at most 8 per {@code dd}; it
 * sleeps 50 ms when none is due). Odd and even passes write two different random blocks, so a
 * rewritten page always differs from its previous content (xbzrle gains nothing from it).
 */
final class DirtyWriterCommands {
    /** The writer's name ({@code $0}), which pkill and the virtual lab know it by. */
    static final String NAME = "migcal-dirty";
    static final String STOP = "pkill -TERM -f 'migcal-(dirty|meter)'; rm -f /tmp/migcal-dirty-* /tmp/migcal-meter-*"
            + " /tmp/migcal-progress; true";

    private static final String SCRIPT = String.join("\n",
            "r=$1 w=$2 c=1048576 b=8",
            "cd \"${TMPDIR:-/tmp}\" || exit 1",
            "head -c $((c * b)) /dev/urandom > migcal-dirty-a",
            "head -c $((c * b)) /dev/urandom > migcal-dirty-b",
            "n=$((w / c / b * b)); [ $n -ge $b ] || n=$b",
            "i=0; while [ $i -lt $n ]; do cat migcal-dirty-a; i=$((i + b)); done > migcal-dirty-set",
            "t=date; case $(date +%N) in *N*) t=/usr/bin/date ;; esac",
            "start=$($t +%s%N); k=0; i=0; p=0",
            "while :; do",
            "  now=$($t +%s%N); m=$(( (now - start) / 1000000 * r / 1000 / c - k ))",
            "  if [ $m -le 0 ]; then sleep 0.05; continue; fi",
            "  [ $m -gt $b ] && m=$b",
            "  [ $((i + m)) -gt $n ] && m=$((n - i))",
            "  s=migcal-dirty-a; [ $((p % 2)) -eq 0 ] && s=migcal-dirty-b",
            "  dd if=$s of=migcal-dirty-set bs=$c count=$m seek=$i conv=notrunc 2>/dev/null",
            "  k=$((k + m)) i=$((i + m))",
            "  [ $i -ge $n ] && i=0 p=$((p + 1))",
            "done");

    private DirtyWriterCommands() {
    }

    /** Starts the writer detached; prints its PID. */
    static String start(long rateBytesPerS, long workingSetBytes) {
        return String.format(Locale.ROOT, "setsid nohup sh -c '%s' %s %d %d > /tmp/migcal-dirty.log 2>&1 < /dev/null & echo $!",
                SCRIPT, NAME, rateBytesPerS, workingSetBytes);
    }

    /** The working set the writer really holds: whole 8 MiB blocks, at least one. */
    static long heldBytes(long workingSetBytes) {
        long block = 8L * 1024 * 1024;
        return Math.max(block, workingSetBytes / block * block);
    }
}
