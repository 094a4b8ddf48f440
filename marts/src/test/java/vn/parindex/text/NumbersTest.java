package vn.parindex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void acceptsDecimalPointAndDecimalComma() {
        assertEquals(87.13, Numbers.parse("87,13").getAsDouble());
        assertEquals(87.13, Numbers.parse(" 87.13 ").getAsDouble());
        assertEquals(9.0, Numbers.parse("9").getAsDouble());
        assertEquals(0.5, Numbers.parse(",5").getAsDouble());
    }

    @Test
    void rejectsWhatIsNotAPlainNumber() {
        assertTrue(Numbers.parse("mười").isEmpty());
        assertTrue(Numbers.parse("1.234,5").isEmpty());
        assertTrue(Numbers.parse("87,13%").isEmpty());
        assertTrue(Numbers.parse("").isEmpty());
    }

    @Test
    void roundsHalfUpOnTheDecimalValue() {
        assertEquals("3.13", Numbers.format2(3.125));
        assertEquals("0.15", Numbers.format2(0.145));
        assertEquals("-4.67", Numbers.format2(87.13 - 91.8));
        assertEquals("83.46", Numbers.format2(100 * 100.15 / 120));
        assertEquals("0.00", Numbers.format2(-0.001));
        assertEquals("85.00", Numbers.format2(85));
    }
}
