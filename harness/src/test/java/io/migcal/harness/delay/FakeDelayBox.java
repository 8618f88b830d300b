package io.migcal.harness.delay;

import io.migcal.harness.lab.sshd.ShellCommandHandler;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delay box's {@code tc} as docs/host-commands.md lists it: replace, del and {@code -s show} on a
 * per-interface root qdisc, printed in tc's own format (3 significant digits for times).
 */
final class FakeDelayBox implements ShellCommandHandler {
    private static final Pattern REPLACE = Pattern.compile(
            "tc qdisc replace dev (\\S+) root netem delay ([0-9.]+)ms limit (\\d+)");
    private static final Pattern DELETE = Pattern.compile("tc qdisc del dev (\\S+) root");
    private static final Pattern SHOW = Pattern.compile("tc -s qdisc show dev (\\S+)");

    record Netem(double delayMs, int limit, long dropped) {
    }

    final Map<String, Netem> netem = new ConcurrentHashMap<>();
    /** A kernel or tc that ignores the requested limit and keeps this one (null: honours it). */
    volatile Integer stuckLimit;
    volatile boolean netemModuleMissing;
    /** An interface whose qdisc cannot be deleted (permission trouble), or null. */
    volatile String undeletable;

    @Override
    public int execute(String command, OutputStream out, OutputStream err) throws Exception {
        Matcher m;
        if ((m = REPLACE.matcher(command)).matches()) {
            if (netemModuleMissing) {
                return write(err, "Error: Specified qdisc kind is unknown.\n", 2);
            }
            int limit = stuckLimit != null ? stuckLimit : Integer.parseInt(m.group(3));
            netem.put(m.group(1), new Netem(Double.parseDouble(m.group(2)), limit, 0));
            return 0;
        }
        if ((m = DELETE.matcher(command)).matches()) {
            if (m.group(1).equals(undeletable)) {
                return write(err, "RTNETLINK answers: Operation not permitted\n", 2);
            }
            return netem.remove(m.group(1)) != null
                    ? 0 : write(err, "Error: Cannot delete qdisc with handle of zero.\n", 2);
        }
        if (command.equals("modprobe sch_netem")) {
            return netemModuleMissing ? write(err, "modprobe: FATAL: Module sch_netem not found in directory "
                    + "/lib/modules/6.8.0-1-generic\n", 1) : 0;
        }
        if (command.matches("ethtool -K \\S+ tso off gso off gro off")) {
            return 0;
        }
        if ((m = SHOW.matcher(command)).matches()) {
            return write(out, show(netem.get(m.group(1))), 0);
        }
        return write(err, "sh: 1: " + command.split(" ")[0] + ": not found\n", 127);
    }

    void countDrops(String iface, long dropped) {
        netem.computeIfPresent(iface, (k, n) -> new Netem(n.delayMs(), n.limit(), dropped));
    }

    private static String show(Netem n) {
        if (n == null) {
            return "qdisc fq_codel 0: root refcnt 2 limit 10240p flows 1024 quantum 1514 target 5ms interval 100ms "
                    + "memory_limit 32Mb ecn drop_batch 64 \n Sent 98765 bytes 321 pkt (dropped 0, overlimits 0 requeues 0) \n"
                    + " backlog 0b 0p requeues 0\n";
        }
        String delay = n.delayMs() == 0 ? "" : " delay " + threeSignificant(n.delayMs()) + "ms";
        return "qdisc netem 8001: root refcnt 2 limit " + n.limit() + delay + "\n Sent 123456 bytes 789 pkt (dropped "
                + n.dropped() + ", overlimits 0 requeues 0) \n backlog 0b 0p requeues 0\n";
    }

    private static String threeSignificant(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static int write(OutputStream stream, String text, int exitCode) throws Exception {
        stream.write(text.getBytes(StandardCharsets.UTF_8));
        return exitCode;
    }
}
