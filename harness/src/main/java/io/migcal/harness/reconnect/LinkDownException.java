package io.migcal.harness.reconnect;

import java.io.IOException;

/** A link stayed down for the whole reconnect budget: now it is a lab fault, not a transient one. */
public final class LinkDownException extends IOException {
    private static final long serialVersionUID = 1L;

    public LinkDownException(String oneLineMessage, Throwable cause) {
        super(oneLineMessage, cause);
    }
}
