package io.migcal.harness.sweep;

import io.migcal.harness.reconnect.LinkFault;
import java.io.IOException;

/**
 * The migration ended, but a call had to be retried while it ran: the harness saw its end late (or
 * not at all for a while), so the timing cannot be trusted and the sample is measured again.
 */
final class DisturbedMeasurementException extends IOException implements LinkFault {
    private static final long serialVersionUID = 1L;

    DisturbedMeasurementException(String oneLineMessage) {
        super(oneLineMessage);
    }
}
