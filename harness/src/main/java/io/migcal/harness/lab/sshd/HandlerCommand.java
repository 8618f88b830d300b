package io.migcal.harness.lab.sshd;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/** Bridges one SSH exec request to a {@link ShellCommandHandler} on its own thread. */
final class HandlerCommand implements Command {
    private final String commandLine;
    private final ShellCommandHandler handler;
    private OutputStream stdout;
    private OutputStream stderr;
    private ExitCallback exitCallback;
    private Thread worker;
    private ChannelSession channel;

    HandlerCommand(String commandLine, ShellCommandHandler handler) {
        this.commandLine = commandLine;
        this.handler = handler;
    }

    @Override
    public void setInputStream(InputStream in) {
        // commands here read no input
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.stdout = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.stderr = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exitCallback = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        this.channel = channel;
        worker = new Thread(this::runToExit, "sshd-cmd");
        worker.setDaemon(true);
        worker.start();
    }

    private void runToExit() {
        int exitCode;
        try {
            exitCode = handler.execute(commandLine, stdout, stderr);
        } catch (SessionDropException e) {
            flushQuietly(stdout);
            channel.getSession().close(true);
            return;
        } catch (InterruptedException e) {
            exitCode = 130;
        } catch (Exception e) {
            exitCode = 255;
            writeQuietly(stderr, "internal error: " + e.getMessage() + "\n");
        }
        flushQuietly(stdout);
        flushQuietly(stderr);
        exitCallback.onExit(exitCode);
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (worker != null) {
            worker.interrupt();
        }
    }

    private static void writeQuietly(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException ignored) {
            // the client is gone; nobody is left to tell
        }
    }

    private static void flushQuietly(OutputStream out) {
        try {
            out.flush();
        } catch (IOException ignored) {
            // the client is gone; nobody is left to tell
        }
    }
}
