package io.migcal.harness.qemu;

import java.util.Objects;

/**
 * One QEMU host as the QMP driver sees it: the monitor of the guest's QEMU there, the URI a source
 * sends the migration stream to when this node is the target (e.g. {@code tcp:10.77.0.2:4444}),
 * and how to start a QEMU waiting for it ({@code null} when the lab has already started one).
 */
public record QmpNode(String name, QmpEndpoint qmp, String incomingUri, IncomingLauncher launcher) {

    public QmpNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(qmp, "qmp");
        Objects.requireNonNull(incomingUri, "incomingUri");
    }
}
