package io.migcal.harness.sweep.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NodeVersionsTest {
    /** Answers one command with a fixed result, as a host would. */
    record AnsweringShell(CommandResult answer) implements RemoteShell {
        @Override
        public CommandResult run(String command, Duration timeout) {
            return command.equals("pveversion -v") ? answer : new CommandResult(127, "", "sh: 1: x: not found\n");
        }

        @Override
        public String describe() {
            return "root@pve1:22";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void readsQemuQemuServerAndKernelFromPveversion() throws Exception {
        String text = "proxmox-ve: 8.2.0 (running kernel: 6.8.8-2-pve)\npve-manager: 8.2.4 (running version: 8.2.4/faa83925c9641325)\n"
                + "proxmox-kernel-helper: 8.1.0\nqemu-server: 8.2.1\npve-qemu-kvm: 9.0.2-4\n";

        var versions = NodeVersions.read(new AnsweringShell(new CommandResult(0, text, "")), "node_a");

        assertThat(versions).containsEntry("node_a_qemu", "9.0.2-4").containsEntry("node_a_qemu_server", "8.2.1")
                .containsEntry("node_a_kernel", "6.8.8-2-pve");
    }

    @Test
    void aHostWithoutPveversionGivesNothing() throws Exception {
        var versions = NodeVersions.read(new AnsweringShell(new CommandResult(127, "", "sh: 1: pveversion: not found\n")), "node_b");

        assertThat(versions).isEmpty();
    }
}
