package io.migcal.model.fit;

/**
 * Piecewise cubic Hermite interpolation that keeps the shape of its data (PCHIP, Fritsch and Carlson,
 * "Monotone piecewise cubic interpolation", SIAM J. Numer. Anal. 17(2), 1980): between two knots it
 * stays between their values and it is monotone wherever the data are, so it never invents a bump.
 * The derivative at an interior knot is the weighted harmonic mean of the neighbouring secants (zero
 * where they differ in sign); at an end, the three-point estimate limited so it keeps the end's shape.
 * Past the end knots it continues along the end interval's secant: a guess, which callers flag.
 */
final class MonotoneCubic {
    private final double[] x;
    private final double[] y;
    private final double[] slopes;

    /** {@code x} strictly increasing, at least one knot. */
    MonotoneCubic(double[] x, double[] y) {
        this.x = x.clone();
        this.y = y.clone();
        this.slopes = derivatives(this.x, this.y);
    }

    double at(double value) {
        int n = x.length;
        if (n == 1) {
            return y[0];
        }
        if (value <= x[0]) {
            return y[0] + (value - x[0]) * secant(0);
        }
        if (value >= x[n - 1]) {
            return y[n - 1] + (value - x[n - 1]) * secant(n - 2);
        }
        int i = 0;
        while (value > x[i + 1]) {
            i++;
        }
        double h = x[i + 1] - x[i];
        double t = (value - x[i]) / h;
        double t2 = t * t;
        double t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * y[i] + (t3 - 2 * t2 + t) * h * slopes[i] + (-2 * t3 + 3 * t2) * y[i + 1]
                + (t3 - t2) * h * slopes[i + 1];
    }

    private double secant(int interval) {
        return (y[interval + 1] - y[interval]) / (x[interval + 1] - x[interval]);
    }

    private static double[] derivatives(double[] x, double[] y) {
        int n = x.length;
        double[] d = new double[n];
        if (n < 2) {
            return d;
        }
        double[] h = new double[n - 1];
        double[] delta = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            h[i] = x[i + 1] - x[i];
            delta[i] = (y[i + 1] - y[i]) / h[i];
        }
        if (n == 2) {
            d[0] = delta[0];
            d[1] = delta[0];
            return d;
        }
        for (int i = 1; i < n - 1; i++) {
            if (delta[i - 1] * delta[i] > 0) {
                double w1 = 2 * h[i] + h[i - 1];
                double w2 = h[i] + 2 * h[i - 1];
                d[i] = (w1 + w2) / (w1 / delta[i - 1] + w2 / delta[i]);
            }
        }
        d[0] = endDerivative(h[0], h[1], delta[0], delta[1]);
        d[n - 1] = endDerivative(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
        return d;
    }

    /** The three-point end estimate, set to zero or capped where it would break the end interval's shape. */
    private static double endDerivative(double h0, double h1, double delta0, double delta1) {
        double d = ((2 * h0 + h1) * delta0 - h0 * delta1) / (h0 + h1);
        if (Math.signum(d) != Math.signum(delta0)) {
            return 0;
        }
        if (Math.signum(delta0) != Math.signum(delta1) && Math.abs(d) > Math.abs(3 * delta0)) {
            return 3 * delta0;
        }
        return d;
    }
}
