package io.migcal.harness.qemu;

import java.io.IOException;

/**
 * Where a QEMU monitor listens: a Unix socket on this machine (reach a remote one by forwarding it
 * with {@code ssh -L PORT:/path/to/qmp.sock}) or a TCP endpoint. Each call opens a new session.
 */
public interface QmpEndpoint {

    /** Connects, reads the greeting and negotiates capabilities. */
    QmpConnection connect() throws IOException;

    /** How to name this endpoint in messages and records. */
    String describe();
}
