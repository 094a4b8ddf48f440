package vn.parindex.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExtractTextTest {
    /** The decimal arithmetic every extract cell used to take: the reference the quick path must match. */
    private static String byDecimals(double value) {
        BigDecimal rounded = ExtractText.round2(value);
        return (rounded.signum() == 0 ? rounded.abs() : rounded).toPlainString();
    }

    @Test
    void twoDecimalValuesAreWrittenAsTheDecimalArithmeticWritesThem() {
        for (long cents = -200_000; cents <= 200_000; cents++) {
            double value = cents / 100.0;
            assertEquals(byDecimals(value), ExtractText.decimal(value), "cents " + cents);
        }
    }

    @Test
    void anyOtherValueIsRoundedHalfUpAsBefore() {
        Random random = new Random(20261129);
        double[] edges = {0.125, 0.005, -0.005, 1.005, 2.675, -2.675, 87.125, 99.995, -0.0, 0.0, 1e-12, -1e-12,
            999_999.995, 1e6, -1e6, 123_456_789.125, 1e15, Double.MIN_VALUE, 43.85000000000001, 87.12999999999999};
        for (double value : edges) {
            assertEquals(byDecimals(value), ExtractText.decimal(value), "value " + value);
        }
        for (int i = 0; i < 1_000_000; i++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8));
            assertEquals(byDecimals(value), ExtractText.decimal(value), "value " + value);
            double sum = Math.round(value * 100) / 100.0 + Math.round(random.nextDouble() * 100) / 100.0;
            assertEquals(byDecimals(sum), ExtractText.decimal(sum), "sum " + sum);
        }
        assertEquals("0.00", ExtractText.decimal(-0.0));
        assertEquals("-0.01", ExtractText.decimal(-0.01));
        assertEquals("87.13", ExtractText.decimal(87.13));
    }
}
