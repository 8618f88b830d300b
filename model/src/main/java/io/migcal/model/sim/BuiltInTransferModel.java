package io.migcal.model.sim;

import io.migcal.model.fit.Prediction;
import io.migcal.model.fit.TransferTimePredictor;

/**
 * The transfer-time model used when a scenario names no {@code transfer-model.json}: the
 * window/cap physical form T = t0 + M / min(B, W / RTT), a fixed setup time plus the guest's used
 * memory sent at the link rate or at what one TCP window per round trip allows, whichever is less.
 * Its constants (t0 = 2 s, B = 117 MB/s, about 940 Mbit/s of goodput on the paper's 1 Gbit/s link,
 * W = 256 KiB) make 6 ms cost more than twice 0 ms and 1.0 GiB cost more than 0.6 GiB at every RTT,
 * as the paper's Figs. 2-3 state. It is a default, not a measurement: it carries no uncertainty.
 */
public final class BuiltInTransferModel implements TransferTimePredictor {
    public static final double SETUP_S = 2.0;
    public static final double LINK_BYTES_PER_S = 117e6;
    public static final double WINDOW_BYTES = 256 * 1024;

    @Override
    public Prediction predict(double guestUsedBytes, double rttMs) {
        double windowLimited = rttMs > 0 ? WINDOW_BYTES / (rttMs / 1000.0) : Double.POSITIVE_INFINITY;
        double transferS = SETUP_S + guestUsedBytes / Math.min(LINK_BYTES_PER_S, windowLimited);
        return new Prediction(transferS, transferS, transferS, false);
    }
}
