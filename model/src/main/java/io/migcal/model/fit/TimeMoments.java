package io.migcal.model.fit;

/**
 * The transfer times of one cell (repetitions of the same inputs), reduced to what least squares needs:
 * the count, and the mean and the sum of squared deviations of the time and of its reciprocal
 * (Welford's running form, so a cell of identical times has exactly zero spread). For a model whose
 * prediction f is the same for every row of the cell:
 * <ul>
 * <li>absolute residuals: sum (y - f)^2 = n (ybar - f)^2 + sum (y - ybar)^2;</li>
 * <li>relative residuals: sum ((y - f)/y)^2 = sum (1 - f u)^2 with u = 1/y
 * = A (B/A - f)^2 + n sum (u - ubar)^2 / A, with A = sum u^2 = n ubar^2 + sum (u - ubar)^2, B = n ubar.</li>
 * </ul>
 * Either way the cell is one residual w (c - f) with weight w^2 = n or A and centre c = ybar or B/A, plus
 * a constant that does not depend on f.
 */
final class TimeMoments {
    private long count;
    private double meanS;
    private double squaredDeviationsS2;
    private double meanReciprocalPerS;
    private double squaredReciprocalDeviations;

    void add(double transferTimeS) {
        count++;
        double delta = transferTimeS - meanS;
        meanS += delta / count;
        squaredDeviationsS2 += delta * (transferTimeS - meanS);
        double reciprocal = 1 / transferTimeS;
        double deltaReciprocal = reciprocal - meanReciprocalPerS;
        meanReciprocalPerS += deltaReciprocal / count;
        squaredReciprocalDeviations += deltaReciprocal * (reciprocal - meanReciprocalPerS);
    }

    long count() {
        return count;
    }

    double meanS() {
        return meanS;
    }

    /** w^2: how many rows the cell's residual stands for, on the given scale. */
    double weightSquared(ResidualScale scale) {
        return scale == ResidualScale.RELATIVE ? sumOfSquaredReciprocals() : count;
    }

    /** c: the time every row's residual is measured against, once the rows are pooled. */
    double centreS(ResidualScale scale) {
        return scale == ResidualScale.RELATIVE ? count * meanReciprocalPerS / sumOfSquaredReciprocals() : meanS;
    }

    /** The part of the cell's sum of squared residuals that no prediction can remove. */
    double withinSquares(ResidualScale scale) {
        return scale == ResidualScale.RELATIVE ? count * squaredReciprocalDeviations / sumOfSquaredReciprocals()
                : squaredDeviationsS2;
    }

    private double sumOfSquaredReciprocals() {
        return count * meanReciprocalPerS * meanReciprocalPerS + squaredReciprocalDeviations;
    }
}
