package io.migcal.model.fit;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A fitted family: predicts transfer time with a 95 % prediction interval that adds the parameter
 * uncertainty (delta method on the asymptotic covariance) to the residual noise (sigma times the
 * predicted time for relative residuals, sigma seconds for absolute ones), scaled by Student's t.
 */
public final class FittedModel implements TransferTimePredictor {
    public static final String INTERVAL_METHOD = "95% prediction interval: t(0.975, dof) * sqrt(g' C g + noise^2); "
            + "C = sigma^2 (J'J)^-1 the asymptotic parameter covariance at the Levenberg-Marquardt optimum, g the "
            + "gradient of T in the parameters, noise = sigma * T for relative residuals or sigma (s) for absolute ones";

    private final ModelFamily family;
    private final FittedParameters parameters;
    private final FitRange range;
    private final double assumedDirtyRateBytesPerS;
    private final double tQuantile;

    public FittedModel(ModelFamily family, FittedParameters parameters, FitRange range, double assumedDirtyRateBytesPerS) {
        this.family = family;
        this.parameters = parameters;
        this.range = range;
        this.assumedDirtyRateBytesPerS = assumedDirtyRateBytesPerS;
        this.tQuantile = new TDistribution(parameters.residualDof()).inverseCumulativeProbability(0.975);
    }

    public ModelFamily family() {
        return family;
    }

    public FittedParameters parameters() {
        return parameters;
    }

    public FitRange range() {
        return range;
    }

    /** The dirty rate predictions assume (the median of the fitted data; 0 for families without one). */
    public double assumedDirtyRateBytesPerS() {
        return assumedDirtyRateBytesPerS;
    }

    /** Half the width of parameter {@code index}'s 95 % confidence interval. */
    public double confidenceHalfWidth(int index) {
        return tQuantile * parameters.standardError(index);
    }

    public double pointEstimateS(double guestUsedBytes, double rttMs, double dirtyRateBytesPerS) {
        return family.transferTimeS(parameters.values(), guestUsedBytes, rttMs, dirtyRateBytesPerS);
    }

    @Override
    public Prediction predict(double guestUsedBytes, double rttMs) {
        return predict(guestUsedBytes, rttMs, assumedDirtyRateBytesPerS);
    }

    /**
     * With the guest's own dirty rate: a {@code precopy} model re-sends what it dirties (and grows
     * without bound as the rate nears what the stream sends, where pre-copy stops converging); every
     * other family ignores it and answers for the data it was fitted on.
     */
    @Override
    public Prediction predict(double guestUsedBytes, double rttMs, double dirtyRateBytesPerS) {
        double dirty = family.needsDirtyRate() ? dirtyRateBytesPerS : assumedDirtyRateBytesPerS;
        double point = pointEstimateS(guestUsedBytes, rttMs, dirty);
        double parameterVariance = parameterVariance(guestUsedBytes, rttMs, dirty);
        double noise = parameters.residualSigma() * family.residualScale().scaleAt(point);
        double halfWidth = tQuantile * Math.sqrt(parameterVariance + noise * noise);
        return new Prediction(point, Math.max(point - halfWidth, 0), point + halfWidth,
                !range.contains(guestUsedBytes, rttMs));
    }

    private double parameterVariance(double guestUsedBytes, double rttMs, double dirtyRateBytesPerS) {
        double[] values = parameters.values();
        double[] gradient = CentralDifference.jacobian(
                p -> new double[] {family.transferTimeS(p, guestUsedBytes, rttMs, dirtyRateBytesPerS)}, values,
                LeastSquaresFitter.freeIndices(parameters.free()), 1)[0];
        double variance = 0;
        double[][] covariance = parameters.covariance();
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values.length; j++) {
                variance += gradient[i] * covariance[i][j] * gradient[j];
            }
        }
        return Math.max(variance, 0);
    }
}
