package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.List;

/**
 * One way of explaining transfer time by memory and RTT: a formula with named parameters, starting
 * points for Levenberg-Marquardt, and (for throughput limits behind a min()) a way to tell whether a
 * limit ever bound on the data, since a limit that never binds cannot be estimated.
 */
public interface ModelFamily {

    String name();

    /** The formula, as printed in the summary and written to the model file. */
    String formula();

    List<ParameterSpec> parameters();

    ResidualScale residualScale();

    /** True when the formula needs the dirty rate of each observation. */
    boolean needsDirtyRate();

    double transferTimeS(double[] parameters, double guestUsedBytes, double rttMs, double dirtyRateBytesPerS);

    List<double[]> startingPoints(List<FitObservation> observations);

    /** Indices of throughput limits that may never bind on the data; they are then fixed at +infinity. */
    default int[] limitsThatMayNotBind() {
        return new int[0];
    }

    /** Whether limit {@code index} is the one that binds for this observation. */
    default boolean binds(int index, double[] parameters, FitObservation observation) {
        return true;
    }

    /** The smallest value of an unbound limit that is consistent with the data (its one-sided bound). */
    default double lowerBoundWhenUnbound(int index, double[] parameters, List<FitObservation> observations) {
        return 0;
    }

    /** Keeps parameters physically meaningful during the search (for example throughput above zero). */
    default double[] clamp(double[] parameters) {
        return parameters;
    }
}
