package io.migcal.harness.pve;

import io.migcal.harness.lab.sshd.ShellCommandHandler;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Proxmox node's shell as the SSH driver sees it: {@code qm migrate} streams task-log lines
 * (without the final TASK line) and ends with exit 0, or with the error on stderr and exit 255;
 * {@code qm status}, {@code pveversion} and the {@code pvesh} task calls answer as on PVE 8.
 */
final class FakeQmNode implements ShellCommandHandler {
    final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    volatile List<String> migrationLog = List.of();
    volatile String migrationError;
    volatile boolean migrationHangs;
    volatile boolean ownsVm = true;
    static final String ACTIVE_UPID = "UPID:pve1:0000AB12:00C0FFEE:665DCD12:qmigrate:110:root@pam:";

    @Override
    public int execute(String command, OutputStream stdout, OutputStream stderr) throws Exception {
        commands.add(command);
        if (command.equals("pveversion")) {
            return say(stdout, "pve-manager/8.2.4/faa83925c9641325 (running kernel: 6.8.8-2-pve)", 0);
        }
        if (command.startsWith("qm status ")) {
            return ownsVm ? say(stdout, "status: running", 0)
                    : say(stderr, "Configuration file 'nodes/pve1/qemu-server/110.conf' does not exist", 255);
        }
        if (command.startsWith("qm migrate ")) {
            return migrate(stdout, stderr);
        }
        if (command.startsWith("pvesh get /nodes/pve1/tasks ")) {
            return say(stdout, "[{\"upid\":\"" + ACTIVE_UPID + "\",\"type\":\"qmigrate\",\"id\":\"110\",\"node\":\"pve1\"}]", 0);
        }
        if (command.startsWith("pvesh delete /nodes/pve1/tasks/")) {
            return 0;
        }
        return say(stderr, "sh: 1: " + command.split(" ")[0] + ": not found", 127);
    }

    private int migrate(OutputStream stdout, OutputStream stderr) throws Exception {
        for (String line : migrationLog) {
            if (!line.startsWith("TASK ")) {
                stdout.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                stdout.flush();
            }
        }
        if (migrationHangs) {
            Thread.sleep(60_000);
        }
        return migrationError == null ? 0 : say(stderr, migrationError, 255);
    }

    private static int say(OutputStream out, String line, int exit) throws Exception {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return exit;
    }
}
