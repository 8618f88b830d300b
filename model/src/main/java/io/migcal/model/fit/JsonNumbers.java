package io.migcal.model.fit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Puts numbers into model JSON rounded to 6 significant digits, so the last bits of floating-point
 * arithmetic (which differ between JVMs and CPUs) never reach a golden file; infinities become null.
 * Values copied from the data (not computed) are put exactly instead, see {@link #putExact}.
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
        BigDecimal rounded = new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
