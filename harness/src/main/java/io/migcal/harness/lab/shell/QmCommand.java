package io.migcal.harness.lab.shell;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.migcal.harness.lab.pve.LabTask;
import io.migcal.harness.lab.sshd.ShellCommandHandler;
import io.migcal.harness.lab.state.LabException;
import io.migcal.harness.lab.state.LabState;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code qm status|migrate|guest exec|unlock} on one node, as root@pam. {@code qm migrate} runs the
 * task synchronously, copying its log to stdout (without the final TASK line); an interrupted
 * {@code qm migrate} stops the task as Ctrl-C would.
 */
public final class QmCommand implements ShellCommand {
    private static final long POLL_LAB_MS = 200;
    private final LabState state;
    private final String node;
    private final ShellCommandHandler guestShell;
    private final ObjectMapper json = new ObjectMapper();

    public QmCommand(LabState state, String node, ShellCommandHandler guestShell) {
        this.state = state;
        this.node = node;
        this.guestShell = guestShell;
    }

    @Override
    public int run(List<String> words, String line, ShellIo io) throws Exception {
        if (words.size() < 3) {
            io.err("400 not enough arguments\nqm <command> [ARGS] [OPTIONS]\n");
            return 255;
        }
        String vmid = words.get(words.get(1).equals("guest") ? 3 : 2);
        if (!vmid.equals(Integer.toString(state.settings().topology().vmid())) || !node.equals(state.vmNode())) {
            io.err("Configuration file 'nodes/" + node + "/qemu-server/" + vmid + ".conf' does not exist\n");
            return 2;
        }
        return switch (words.get(1)) {
            case "status" -> status(io);
            case "migrate" -> migrate(words, io);
            case "set" -> set(words, io);
            case "config" -> config(io);
            case "unlock" -> unlock();
            case "guest" -> guestExec(words, io);
            default -> {
                io.err("unknown command 'qm " + words.get(1) + "'\n");
                yield 255;
            }
        };
    }

    private int status(ShellIo io) throws Exception {
        io.out("status: running\n");
        return 0;
    }

    private int unlock() {
        state.faults().lockVm(null);
        return 0;
    }

    private int migrate(List<String> words, ShellIo io) throws Exception {
        if (words.size() < 4) {
            io.err("400 not enough arguments\n");
            return 255;
        }
        if (!words.contains("--online") && !words.contains("--online=1")) {
            io.err("can't migrate running VM without --online\n");
            return 255;
        }
        LabTask task;
        try {
            Map<String, String> options = options(words, 4);
            options.remove("online");
            if (options.containsKey("bwlimit") && !state.settings().pveVersion().hasMigrateBwlimit()) {
                io.err("Unknown option: bwlimit\n400 unable to parse option\n");
                return 255;
            }
            task = state.startMigration(node, words.get(3), "root@pam", options);
        } catch (LabException e) {
            io.err(e.getMessage() + "\n");
            return 255;
        }
        return follow(task, io);
    }

    /** {@code qm config VMID}: {@code key: value} lines (the emulated part of the config). */
    private int config(ShellIo io) throws java.io.IOException {
        StringBuilder out = new StringBuilder("memory: " + state.settings().topology().vmMemoryBytes() / (1024 * 1024)
                + "\n");
        state.vmOptions().forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        io.out(out.toString());
        return 0;
    }

    /** {@code qm set VMID --migrate_downtime S --migrate_speed MIB}: the emulated VM options. */
    private int set(List<String> words, ShellIo io) throws java.io.IOException {
        try {
            state.setVmOptions(options(words, 3));
            return 0;
        } catch (LabException e) {
            io.err(e.getMessage() + "\n");
            return 255;
        }
    }

    /** {@code --name value} (or {@code --name=value}, or a bare {@code --flag}) from {@code from} on. */
    private static Map<String, String> options(List<String> words, int from) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        for (int i = from; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                throw new LabException(400, "unexpected argument '" + word + "'");
            }
            String name = word.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                options.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
                options.put(name, words.get(++i));
            } else {
                options.put(name, "1");
            }
        }
        return options;
    }

    private int follow(LabTask task, ShellIo io) throws Exception {
        int printed = 0;
        try {
            while (true) {
                double now = state.nowLabS();
                boolean running = task.running(now);
                List<String> lines = task.visibleLines(now);
                for (; printed < lines.size(); printed++) {
                    if (!lines.get(printed).startsWith("TASK ")) {
                        io.out(lines.get(printed) + "\n");
                    }
                }
                if (!running) {
                    break;
                }
                state.clock().sleepMillis(POLL_LAB_MS);
            }
        } catch (InterruptedException e) {
            state.stopTask(task);
            throw e;
        }
        if ("OK".equals(task.exitStatus())) {
            return 0;
        }
        io.err(task.exitStatus() + "\n");
        return 255;
    }

    private int guestExec(List<String> words, ShellIo io) throws Exception {
        int dashes = words.indexOf("--");
        if (words.size() < 4 || !words.get(2).equals("exec") || dashes < 0 || dashes + 1 >= words.size()) {
            io.err("400 not enough arguments\nqm guest exec <vmid> [<extra-args>] [OPTIONS]\n");
            return 255;
        }
        String command = String.join(" ", words.subList(dashes + 1, words.size()).stream()
                .map(w -> w.contains(" ") ? "'" + w + "'" : w).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = guestShell.execute(command, out, err);
        Map<String, Object> result = new TreeMap<>();
        result.put("exitcode", exit);
        result.put("exited", 1);
        if (out.size() > 0) {
            result.put("out-data", out.toString(StandardCharsets.UTF_8));
        }
        if (err.size() > 0) {
            result.put("err-data", err.toString(StandardCharsets.UTF_8));
        }
        io.out(prettyJson(result));
        return 0;
    }

    /** qemu-server's JSON output: sorted keys, 3-space indent, {@code "key" : value}. */
    private String prettyJson(Map<String, Object> result) throws Exception {
        StringBuilder out = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Object> e : result.entrySet()) {
            out.append("   \"").append(e.getKey()).append("\" : ").append(json.writeValueAsString(e.getValue()));
            out.append(++i < result.size() ? ",\n" : "\n");
        }
        return out.append("}\n").toString();
    }
}
