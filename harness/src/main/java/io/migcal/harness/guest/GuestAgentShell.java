package io.migcal.harness.guest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.time.Duration;

/**
 * Runs guest commands through the QEMU guest agent ({@code qm guest exec VMID -- sh -c '...'} on the
 * Proxmox node), for guests the harness cannot reach over SSH. Commands must finish within the 30 s
 * qm waits for them (stress-ng is started detached, so its start returns at once). Lets {@link StressNgGuestLoad} run
 * unchanged. Does not own the node's shell: closing this leaves it open.
 */
public final class GuestAgentShell implements RemoteShell {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RemoteShell node;
    private final int vmId;

    public GuestAgentShell(RemoteShell node, int vmId) {
        if (vmId < 100) {
            throw new BadInputException("guest agent: Proxmox VM ids start at 100, got " + vmId);
        }
        this.node = node;
        this.vmId = vmId;
    }

    @Override
    public CommandResult run(String command, Duration timeout) throws IOException, InterruptedException {
        String wrapped = "qm guest exec " + vmId + " -- sh -c " + singleQuoted(command);
        CommandResult viaNode = node.run(wrapped, timeout.plusSeconds(5));
        if (!viaNode.succeeded()) {
            throw new IOException(describe() + ": `qm guest exec` failed (exit " + viaNode.exitCode() + "): "
                    + viaNode.stderr().strip().replace('\n', ' ') + "; is qemu-guest-agent installed and running in the guest?");
        }
        JsonNode answer = JSON.readTree(viaNode.stdout());
        if (answer.path("exited").asInt(0) != 1) {
            // qm waits 30 s for the command by default, then answers with only its pid
            throw new IOException(describe() + ": '" + command + "' still running when qm stopped waiting"
                    + " (guest agent pid " + answer.path("pid").asText("?") + ")");
        }
        return new CommandResult(answer.path("exitcode").asInt(-1), answer.path("out-data").asText(""),
                answer.path("err-data").asText(""));
    }

    static String singleQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    @Override
    public String describe() {
        return "vm " + vmId + " (guest agent via " + node.describe() + ")";
    }

    @Override
    public void close() {
        // the node's shell belongs to whoever opened it
    }
}
