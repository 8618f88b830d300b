package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.List;

/**
 * One way of explaining transfer time by memory and RTT: a formula with named parameters, starting
 * points for Levenberg-Marquardt, and (for throughput limits behind a min()) a way to tell whether a
 * limit ever bound on the data, since a limit that never binds cannot be estimated.
 *
 * <p>The contract with the fitter: the fitter pools rows with identical inputs (every field of
 * {@link FitObservation} but the time and the line) into cells and fits on the cells. The observations
 * the fitter hands to {@link #startingPoints}, {@link #binds} and {@link #lowerBoundWhenUnbound} are
 * therefore one per cell, each carrying the mean time of its repetitions; a family must not count on
 * seeing every repetition (a median or mean over them is over cells). {@link #transferTimeS} must give
 * the same time for the same inputs, which is what makes pooling exact. Other callers (the model file
 * writer) may pass the rows themselves, so a family must accept either. A family whose parameters
 * depend on the data (the shape-free one's knots) is bound to them by {@link #forCells} before each fit.
 * A new family is added to {@link FamilyCatalog} and needs nothing else.
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

    /**
     * Starting points that may use each cell's exact weight in the fit: cell i's residual is
     * w (c - f) with w^2 = {@code weightSquared[i]} and c = {@code centreS[i]} (see the fitter's pooling).
     * By default the representatives alone.
     */
    default List<double[]> startingPoints(List<FitObservation> cells, double[] weightSquared, double[] centreS) {
        return startingPoints(cells);
    }

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

    /**
     * The family ready to be fitted on these cells (one observation per cell): a formula is itself; the
     * shape-free family puts its knots at their RTT levels, so its parameters depend on the data.
     */
    default ModelFamily forCells(List<FitObservation> cells) {
        return this;
    }

    /** The RTT levels (ms) the parameters of a shape-free family sit at; empty for a formula. */
    default double[] knotsRttMs() {
        return new double[0];
    }

    /** The family at knots read back from a model file; a formula has none and is itself. */
    default ModelFamily withKnots(double[] knotsRttMs) {
        return this;
    }

    /**
     * True for a family that only interpolates between measured RTT levels: it cannot predict a left-out
     * end level, so leave-one-RTT-level-out judges it on interior levels only (see {@link AutoSelection}).
     */
    default boolean interpolatesOnly() {
        return false;
    }
}
