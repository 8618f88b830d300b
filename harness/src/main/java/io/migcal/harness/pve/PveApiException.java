package io.migcal.harness.pve;

import java.io.IOException;

/**
 * The Proxmox API answered with an error. The message is one line made from the HTTP reason phrase
 * (where PVE before 2025 puts the error) and the JSON body's {@code message} and {@code errors}.
 */
public final class PveApiException extends IOException {
    private final int httpStatus;
    private final String reason;

    PveApiException(String call, int httpStatus, String reason) {
        super(call + ": HTTP " + httpStatus + " " + reason);
        this.httpStatus = httpStatus;
        this.reason = reason;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Proxmox's own error text, without the call and status (e.g. {@code VM is locked (migrate)}). */
    public String reason() {
        return reason;
    }
}
