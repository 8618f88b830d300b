package io.migcal.model.fit;

/** A family cannot be estimated on this data (too few RTT or memory levels, collinear parameters). */
public final class NotIdentifiableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotIdentifiableException(String reason) {
        super(reason);
    }
}
