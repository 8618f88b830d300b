package io.migcal.harness.pve;

import java.io.IOException;

/** The node's certificate was not trusted (pin mismatch, unknown CA); the message says what to do. */
public final class PveTlsException extends IOException {

    PveTlsException(String oneLineMessage, Throwable cause) {
        super(oneLineMessage, cause);
    }
}
