package io.migcal.model.fit;

/**
 * Predicts how long a live migration takes for a guest using {@code guestUsedBytes} of memory over a
 * path with {@code rttMs} of round-trip delay (and, for a pre-copy model, a dirty rate). Fitted models (read from {@code transfer-model.json})
 * and built-in defaults implement it; the simulator reads nothing else.
 */
public interface TransferTimePredictor {

    Prediction predict(double guestUsedBytes, double rttMs);

    /**
     * The same for a guest that dirties {@code dirtyRateBytesPerS} while it is migrated (a workload's
     * own rate, for the simulator). Only a model fitted on dirty rates ({@code precopy}) uses it; every
     * other predictor answers as {@link #predict(double, double)} does.
     */
    default Prediction predict(double guestUsedBytes, double rttMs, double dirtyRateBytesPerS) {
        return predict(guestUsedBytes, rttMs);
    }
}
