package io.migcal.harness.qemu;

import java.io.IOException;

/** QEMU answered a command with an {@code error} object: its class and description are kept. */
public final class QmpException extends IOException {

    private final String errorClass;

    public QmpException(String command, String errorClass, String description) {
        super("QMP " + command + " failed: " + errorClass + ": " + description);
        this.errorClass = errorClass;
    }

    /** QEMU's error class, e.g. {@code GenericError} or {@code CommandNotFound}. */
    public String errorClass() {
        return errorClass;
    }
}
