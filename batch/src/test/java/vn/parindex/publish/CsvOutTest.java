package vn.parindex.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvOutTest {
    @Test
    void controlCharactersFromInputNeverReachAnExtract() {
        assertEquals("Sở Nội vụ", CsvOut.quote("Sở\u0000 Nội\u0007 vụ\u001b"));
        assertEquals("\"a\nb\"", CsvOut.quote("a\nb"), "line breaks stay, quoted");
        assertEquals("\"x, \"\"y\"\"\"", CsvOut.quote("x, \"y\""));
    }

    @Test
    void bidiControlsNeverReachAnExtractOtherFormatCharactersStay() {
        assertEquals("Sở Tư pháp", CsvOut.quote("Sở \u202ETư pháp\u202C"));
        assertEquals("abcdefghi", CsvOut.quote("a\u202Ab\u202Bc\u202Dd\u2066e\u2067f\u2068g\u2069h\u200E\u200F\u061Ci"));
        assertEquals("X-NV\u200B", CsvOut.quote("X-NV\u200B"), "a zero-width space is data, not a display hazard");
    }
}
