package io.migcal.harness.sweep;

import io.migcal.model.BadInputException;

/**
 * {@code sweep --refine} without {@code --rtt-ms} on a run whose fit is within the measurement noise:
 * the fit recommends no RTT level, so the measure-fit-refine loop is done. Its own exit code lets a
 * script that loops tell this end from a mistake.
 */
public final class NothingToRefineException extends BadInputException {
    private static final long serialVersionUID = 1L;

    public NothingToRefineException(String oneLineMessage) {
        super(oneLineMessage);
    }
}
