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
}
