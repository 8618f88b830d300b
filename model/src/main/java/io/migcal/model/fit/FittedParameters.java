package io.migcal.model.fit;

/**
 * A family's parameters after fitting. {@code free[i]} is false for a limit that never bound on the
 * data and was fixed at +infinity. {@code covariance} is the asymptotic covariance of all parameters
 * (rows and columns of fixed ones are zero); {@code residualSigma} is the residual standard deviation
 * on the family's residual scale, with {@code residualDof} degrees of freedom.
 */
public record FittedParameters(
        double[] values, boolean[] free, double[][] covariance, double residualSigma, int residualDof,
        double sumOfSquares) {

    public int freeCount() {
        int count = 0;
        for (boolean f : free) {
            count += f ? 1 : 0;
        }
        return count;
    }

    public double standardError(int index) {
        return Math.sqrt(Math.max(covariance[index][index], 0));
    }
}
