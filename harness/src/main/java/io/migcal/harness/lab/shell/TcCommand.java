package io.migcal.harness.lab.shell;

import io.migcal.harness.lab.state.DelayBox;
import io.migcal.harness.lab.state.LabState;
import java.util.List;
import java.util.Locale;

/**
 * {@code tc qdisc replace|change|add|del dev IF root [netem delay D [limit N]]} and
 * {@code tc [-s] qdisc show dev IF}, in iproute2's words and exit codes. Without {@code limit}, the
 * virtual box queues its own default (100 packets, the paper's appliance), not the kernel's 1000.
 */
public final class TcCommand implements ShellCommand {
    private final LabState state;

    public TcCommand(LabState state) {
        this.state = state;
    }

    @Override
    public int run(List<String> words, String line, ShellIo io) throws Exception {
        boolean stats = words.contains("-s");
        List<String> args = words.stream().skip(1).filter(w -> !w.equals("-s")).toList();
        if (args.size() < 4 || !args.get(0).equals("qdisc") || !args.contains("dev")) {
            io.err("Command line is not complete. Try option \"help\"\n");
            return 1;
        }
        String iface = args.get(args.indexOf("dev") + 1);
        if (!state.withDelayBox(box -> box.hasInterface(iface))) {
            io.err("Cannot find device \"" + iface + "\"\n");
            return 1;
        }
        return switch (args.get(1)) {
            case "replace", "change", "add" -> replace(iface, args, io);
            case "del", "delete" -> delete(iface, io);
            case "show", "list", "ls" -> show(iface, stats, io);
            default -> {
                io.err("Command \"" + args.get(1) + "\" is unknown, try \"tc qdisc help\".\n");
                yield 1;
            }
        };
    }

    private int replace(String iface, List<String> args, ShellIo io) throws Exception {
        int kind = args.indexOf("netem");
        if (kind < 0) {
            io.err("Error: Specified qdisc kind is unknown.\n");
            return 2;
        }
        double delayMs = 0;
        int limit = state.settings().topology().defaultQueueLimitPackets();
        try {
            for (int i = kind + 1; i < args.size() - 1; i++) {
                if (args.get(i).equals("delay")) {
                    delayMs = TcTime.parseMs(args.get(i + 1));
                } else if (args.get(i).equals("limit")) {
                    limit = Integer.parseInt(args.get(i + 1));
                }
            }
        } catch (IllegalArgumentException e) {
            io.err("Illegal \"delay\"\n");
            return 1;
        }
        DelayBox.Netem netem = new DelayBox.Netem(delayMs, limit);
        state.withDelayBox(box -> {
            box.replaceNetem(iface, netem);
            return null;
        });
        return 0;
    }

    private int delete(String iface, ShellIo io) throws Exception {
        if (!state.withDelayBox(box -> box.deleteNetem(iface))) {
            io.err("Error: Cannot delete qdisc with handle of zero.\n");
            return 2;
        }
        return 0;
    }

    private int show(String iface, boolean stats, ShellIo io) throws Exception {
        String text = state.withDelayBox(box -> render(box, iface, stats));
        io.out(text);
        return 0;
    }

    private static String render(DelayBox box, String iface, boolean stats) {
        DelayBox.Netem netem = box.netem(iface);
        DelayBox.Counters c = box.counters(iface);
        StringBuilder out = new StringBuilder();
        if (netem == null) {
            out.append("qdisc fq_codel 0: root refcnt 2 limit 10240p flows 1024 quantum 1514 target 5ms "
                    + "interval 100ms memory_limit 32Mb ecn drop_batch 64 \n");
        } else {
            // tc prints no delay clause for a zero delay
            String delay = netem.delayMs() > 0 ? " delay " + TcTime.format(netem.delayMs()) : "";
            out.append(String.format(Locale.ROOT, "qdisc netem %x: root refcnt 2 limit %d%s\n",
                    box.netemHandle(), netem.limitPackets(), delay));
        }
        if (stats) {
            out.append(String.format(Locale.ROOT, " Sent %d bytes %d pkt (dropped %d, overlimits 0 requeues 0) \n",
                    c.sentBytes(), c.sentPackets(), c.droppedPackets()));
            out.append(" backlog 0b 0p requeues 0\n");
            if (netem == null) {
                out.append("  maxpacket 0 drop_overlimit 0 new_flow_count 0 ecn_mark 0\n");
                out.append("  new_flows_len 0 old_flows_len 0\n");
            }
        }
        return out.toString();
    }
}
