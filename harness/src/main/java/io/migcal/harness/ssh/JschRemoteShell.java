package io.migcal.harness.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@link RemoteShell} over SSH with JSch. One session per host, opened on first use and opened again
 * on the next command after it died (a dropped connection fails the command it interrupted, never
 * silently re-runs it). Commands run concurrently on channels of the one session.
 */
public final class JschRemoteShell implements RemoteShell {
    private static final long POLL_MS = 5;
    /** What OpenSSH's client exits with when the remote command died of a signal. */
    private static final int SIGNALLED_EXIT_CODE = 255;
    private final SshTarget target;
    private final SshSessionOpener opener;
    private SshConnection connection;

    public JschRemoteShell(SshTarget target, SshSessionOpener opener) {
        this.target = target;
        this.opener = opener;
    }

    @Override
    public CommandResult run(String command, Duration timeout) throws IOException, InterruptedException {
        SshConnection current = connection();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        ChannelExec channel = openChannel(current, command, stdout, stderr, timeout);
        try {
            awaitClose(channel, command, timeout);
            if (channel.getExitStatus() < 0 && channel.getExitSignal() != null) {
                return new CommandResult(SIGNALLED_EXIT_CODE, text(stdout),
                        text(stderr) + "killed by signal " + channel.getExitSignal() + "\n");
            }
            if (channel.getExitStatus() < 0) {
                // no exit-status message: the connection died (or the server dropped the channel)
                current.close();
                throw new SshConnectionLostException("ssh " + describe() + ": connection lost while running '"
                        + command + "'; it will be reopened for the next command", true);
            }
            return new CommandResult(channel.getExitStatus(), text(stdout), text(stderr));
        } finally {
            channel.disconnect();
        }
    }

    private ChannelExec openChannel(SshConnection current, String command, ByteArrayOutputStream stdout,
            ByteArrayOutputStream stderr, Duration timeout) throws IOException {
        try {
            ChannelExec channel = (ChannelExec) current.session().openChannel("exec");
            channel.setCommand(command);
            channel.setInputStream(null);
            channel.setOutputStream(stdout);
            channel.setErrStream(stderr);
            channel.connect((int) Math.max(1, Math.min(timeout.toMillis(), Integer.MAX_VALUE)));
            return channel;
        } catch (JSchException e) {
            throw new SshConnectionLostException("ssh " + describe() + ": cannot start '" + command + "' ("
                    + SshFailures.oneLine(e) + ")", false, e);
        }
    }

    private void awaitClose(ChannelExec channel, String command, Duration timeout)
            throws SshCommandTimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!channel.isClosed()) {
            if (System.nanoTime() - deadline > 0) {
                stopRemoteCommand(channel);
                throw new SshCommandTimeoutException("ssh " + describe() + ": '" + command
                        + "' did not finish within " + timeout.toMillis() + " ms; the channel was closed");
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                stopRemoteCommand(channel);
                throw e;
            }
        }
    }

    /** Without a signal, OpenSSH leaves a command running after its channel closes; ask it to stop first. */
    private static void stopRemoteCommand(ChannelExec channel) {
        try {
            channel.sendSignal("TERM");
        } catch (Exception e) {
            // older servers refuse signals; closing the channel is all that is left
        }
        channel.disconnect();
    }

    private synchronized SshConnection connection() throws IOException {
        if (connection == null || !connection.isConnected()) {
            if (connection != null) {
                connection.close();
            }
            connection = opener.open(target);
        }
        return connection;
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String describe() {
        return target.describe();
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
