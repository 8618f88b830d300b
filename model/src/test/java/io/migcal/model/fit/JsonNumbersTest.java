package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rounding on a number's own size, or on its scale where the scale is larger. */
class JsonNumbersTest {

    @Test
    void aNumberAsLargeAsItsScaleKeepsSixSignificantDigits() {
        assertThat(JsonNumbers.round(128.689752, 1.6).toPlainString()).isEqualTo("128.69");
        assertThat(JsonNumbers.round(0.00818596, 0.00196).toPlainString()).isEqualTo("0.00818596");
        assertThat(JsonNumbers.round(-9568.3512, 9568.0).toPlainString()).isEqualTo("-9568.35");
    }

    @Test
    void aCancellationNextToLargeVariancesIsZero() {
        double scale = Math.sqrt(0.00000283941 * 0.00214855);
        assertThat(JsonNumbers.round(-1.33812e-12, scale).toPlainString()).isEqualTo("0");
        assertThat(JsonNumbers.round(-0.99102e-12, scale).toPlainString()).isEqualTo("0");
    }

    @Test
    void anEstimateIsWrittenToSixDigitsOfItsStandardErrorWhenThatIsCoarser() {
        assertThat(JsonNumbers.round(344.44549, 1104.8).toPlainString()).isEqualTo("344.45");
        assertThat(JsonNumbers.round(344.44612, 1104.8).toPlainString()).isEqualTo("344.45");
        assertThat(JsonNumbers.round(0.000000295834, 0.0067).toPlainString()).isEqualTo("0.0000003");
        assertThat(JsonNumbers.round(0.000000295676, 0.0067).toPlainString()).isEqualTo("0.0000003");
    }

    @Test
    void aScaleThatIsNotANumberLeavesSixSignificantDigitsOfTheValue() {
        assertThat(JsonNumbers.round(1.23456789, Double.NaN).toPlainString()).isEqualTo("1.23457");
        assertThat(JsonNumbers.round(1.23456789, 0).toPlainString()).isEqualTo("1.23457");
    }
}
