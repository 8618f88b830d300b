package io.migcal.harness.lab.sshd;

/** Thrown by a command handler to drop the whole SSH connection mid-command, as a network fault would. */
public final class SessionDropException extends RuntimeException {
    public SessionDropException(String why) {
        super(why);
    }
}
