package io.migcal.model.fit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Puts numbers into model JSON rounded to 6 significant digits, so the last bits of floating-point
 * arithmetic (which differ between JVMs and CPUs) never reach a golden file; infinities become null.
 * Values copied from the data (not computed) are put exactly instead, see {@link #putExact}.
 *
 * <p>A number that is small next to its scale is rounded on that scale instead ({@link #put(ObjectNode,
 * String, Double, double)}): 6 significant digits of the scale. An off-diagonal covariance of 1e-12
 * beside variances whose product is 1e-9 is the rounding of a cancellation (its scale is
 * sqrt(c_ii c_jj)), and so is a confidence bound that is the difference of two nearly equal numbers; an
 * estimate whose standard error is larger than itself carries digits below 1e-5 standard errors that
 * only say where Levenberg-Marquardt stopped (its scale is the standard error). Each would otherwise be
 * written with digits of noise that change with the order of the rows or the engine that summed them.
 */
final class JsonNumbers {
    private static final MathContext SIGNIFICANT = new MathContext(6);

    private JsonNumbers() {
    }

    static void put(ObjectNode node, String name, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            node.putNull(name);
        } else {
            node.put(name, round(value));
        }
    }

    /** Puts {@code value} rounded to 6 significant digits of the larger of its size and {@code scale}. */
    static void put(ObjectNode node, String name, Double value, double scale) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            node.putNull(name);
        } else {
            node.put(name, round(value, scale));
        }
    }

    /**
     * Puts a number exactly as measured (the shortest decimal that reads back to the same double): for
     * values taken from the data, such as the fitted range, whose bounds must compare equal to the data.
     */
    static void putExact(ObjectNode node, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name);
        } else {
            BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
            node.put(name, exact.scale() < 0 ? exact.setScale(0) : exact);
        }
    }

    static BigDecimal round(double value) {
        return plain(new BigDecimal(value).round(SIGNIFICANT));
    }

    /** {@code value} to 6 significant digits of max(|value|, scale): digits finer than that are dropped. */
    static BigDecimal round(double value, double scale) {
        if (!(scale > Math.abs(value)) || Double.isInfinite(scale)) {
            return round(value);
        }
        int lastDigit = new BigDecimal(scale).round(SIGNIFICANT).precision() - new BigDecimal(scale).round(SIGNIFICANT)
                .scale() - SIGNIFICANT.getPrecision();
        return plain(new BigDecimal(value).setScale(-lastDigit, RoundingMode.HALF_UP));
    }

    private static BigDecimal plain(BigDecimal rounded) {
        BigDecimal stripped = rounded.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
