package io.migcal.harness.guest;

import java.io.IOException;

/** The guest load could not be started, or the guest never reached the memory it was asked to hold. */
public final class GuestLoadException extends IOException {
    private static final long serialVersionUID = 1L;

    public GuestLoadException(String oneLineMessage) {
        super(oneLineMessage);
    }
}
