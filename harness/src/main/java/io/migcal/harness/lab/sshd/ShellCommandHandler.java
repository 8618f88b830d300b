package io.migcal.harness.lab.sshd;

import java.io.OutputStream;

/**
 * Answers one command sent to an embedded SSH endpoint, as a real host's shell would. It runs on a
 * thread of its own, may write output over time (as {@code qm migrate} does), and must return
 * promptly when that thread is interrupted (the client closed the channel or sent a signal).
 */
@FunctionalInterface
public interface ShellCommandHandler {

    /** Runs {@code command}, writing to the streams, and returns its exit code. */
    int execute(String command, OutputStream stdout, OutputStream stderr) throws Exception;
}
