package io.migcal.harness.pve;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;

/**
 * A {@link RemoteShell} over the MINA SSHD client, so this package's tests speak real SSH without
 * depending on the production shell (written elsewhere). The host key is checked against the one
 * given; a command past its timeout has its channel closed and raises an IOException.
 */
final class MinaRemoteShell implements RemoteShell {
    private final SshClient client = SshClient.setUpDefaultClient();
    private final ClientSession session;
    private final String description;

    MinaRemoteShell(int port, String user, String password, String expectedHostKey) throws IOException {
        client.setServerKeyVerifier((s, address, key) -> PublicKeyEntry.toString(key).equals(expectedHostKey));
        client.start();
        session = client.connect(user, "127.0.0.1", port).verify(Duration.ofSeconds(10)).getSession();
        session.addPasswordIdentity(password);
        session.auth().verify(Duration.ofSeconds(10));
        description = user + "@127.0.0.1:" + port;
    }

    @Override
    public CommandResult run(String command, Duration timeout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ChannelExec channel = session.createExecChannel(command)) {
            channel.setOut(out);
            channel.setErr(err);
            channel.open().verify(Duration.ofSeconds(10));
            Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout);
            if (events.contains(ClientChannelEvent.TIMEOUT)) {
                throw new IOException("'" + command + "' did not finish within " + timeout.toMillis() + " ms");
            }
            Integer exit = channel.getExitStatus();
            return new CommandResult(exit == null ? -1 : exit, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (IOException ignored) {
            // closing a test session: nothing to report
        }
        client.stop();
    }
}
