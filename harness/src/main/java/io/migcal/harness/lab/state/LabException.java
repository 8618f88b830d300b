package io.migcal.harness.lab.state;

/** A request the lab refuses as Proxmox would: the HTTP status and the error text. */
public final class LabException extends RuntimeException {
    private final int httpStatus;

    public LabException(int httpStatus, String message) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
