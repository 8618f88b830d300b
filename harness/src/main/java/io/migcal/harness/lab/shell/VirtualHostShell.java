package io.migcal.harness.lab.shell;

import io.migcal.harness.lab.sshd.SessionDropException;
import io.migcal.harness.lab.sshd.ShellCommandHandler;
import io.migcal.harness.lab.state.LabFaults;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell of one virtual host: dispatches a command line to the program named by its first word
 * (after {@code sudo} / {@code setsid nohup}; a {@code sh -c 'SCRIPT' NAME ARGS} by NAME when the host
 * knows it), and answers unknown programs as sh does (exit 127).
 * While the endpoint's drop fault is on, it runs the command (its effects happen), sends the first half
 * of its output and drops the connection: the client never learns how the command ended.
 */
public final class VirtualHostShell implements ShellCommandHandler {
    private final String endpoint;
    private final LabFaults faults;
    private final Map<String, ShellCommand> programs = new LinkedHashMap<>();

    public VirtualHostShell(String endpoint, LabFaults faults) {
        this.endpoint = endpoint;
        this.faults = faults;
        programs.put("true", (w, l, io) -> 0);
        programs.put("echo", (w, l, io) -> {
            io.out(String.join(" ", w.subList(1, w.size())) + "\n");
            return 0;
        });
    }

    public VirtualHostShell program(String name, ShellCommand command) {
        programs.put(name, command);
        return this;
    }

    @Override
    public int execute(String line, OutputStream stdout, OutputStream stderr) throws Exception {
        if (faults.sshDrops(endpoint)) {
            ByteArrayOutputStream partial = new ByteArrayOutputStream();
            run(line, partial, new ByteArrayOutputStream());
            stdout.write(partial.toByteArray(), 0, partial.size() / 2);
            stdout.flush();
            throw new SessionDropException("fault: " + endpoint + " drops sessions");
        }
        return run(line, stdout, stderr);
    }

    /** A {@code ;} list runs each command in turn; its exit status is the last one's, as in sh. */
    private int run(String line, OutputStream stdout, OutputStream stderr) throws Exception {
        List<String> commands = ShellWords.commands(line);
        int exit = 0;
        for (String command : commands) {
            exit = runOne(command, stdout, stderr);
        }
        return exit;
    }

    private int runOne(String line, OutputStream stdout, OutputStream stderr) throws Exception {
        List<String> words = ShellWords.split(line);
        while (!words.isEmpty() && List.of("sudo", "setsid", "nohup", "exec").contains(words.get(0))) {
            words = words.subList(1, words.size());
        }
        ShellIo io = new ShellIo(stdout, stderr);
        if (words.isEmpty()) {
            return 0;
        }
        if (words.size() >= 3 && List.of("sh", "bash").contains(words.get(0)) && words.get(1).equals("-c")) {
            // a script given a name ($0) this host knows runs as that program, with its arguments
            if (words.size() >= 4 && programs.containsKey(words.get(3))) {
                return programs.get(words.get(3)).run(words.subList(3, words.size()), line, io);
            }
            return run(words.get(2), stdout, stderr);
        }
        ShellCommand program = programs.get(words.get(0));
        if (program == null) {
            io.err("sh: 1: " + words.get(0) + ": not found\n");
            return 127;
        }
        return program.run(words, line, io);
    }
}
