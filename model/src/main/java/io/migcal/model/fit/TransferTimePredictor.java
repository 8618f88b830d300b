package io.migcal.model.fit;

/**
 * Predicts how long a live migration takes for a guest using {@code guestUsedBytes} of memory over a
 * path with {@code rttMs} of round-trip delay. Fitted models (read from {@code transfer-model.json})
 * and built-in defaults implement it; the simulator reads nothing else.
 */
public interface TransferTimePredictor {

    Prediction predict(double guestUsedBytes, double rttMs);
}
