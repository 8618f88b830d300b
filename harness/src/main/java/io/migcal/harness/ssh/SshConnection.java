package io.migcal.harness.ssh;

import com.jcraft.jsch.Session;

/** A connected session and the jump-host connection it is tunnelled through, if any. */
record SshConnection(Session session, SshConnection jump) implements AutoCloseable {

    boolean isConnected() {
        return session.isConnected() && (jump == null || jump.isConnected());
    }

    @Override
    public void close() {
        session.disconnect();
        if (jump != null) {
            jump.close();
        }
    }
}
