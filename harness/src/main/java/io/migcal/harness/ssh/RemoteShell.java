package io.migcal.harness.ssh;

import java.io.IOException;
import java.time.Duration;

/**
 * Runs a command on one host and returns how it ended. The real one speaks SSH (JSch); tests use
 * an embedded SSH server, so the same code path runs in both.
 */
public interface RemoteShell extends AutoCloseable {

    /** Runs {@code command} through the remote user's shell, waiting at most {@code timeout}. */
    CommandResult run(String command, Duration timeout) throws IOException, InterruptedException;

    /** What to call this host in messages and records: {@code user@host:port}, never a secret. */
    String describe();

    @Override
    void close();
}
