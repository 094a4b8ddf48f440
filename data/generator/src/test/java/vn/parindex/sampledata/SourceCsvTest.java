package vn.parindex.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The source tables: RFC 4180 quoting, Windows line ends, and a message naming file and line for a bad row. */
class SourceCsvTest {
    @Test
    void quotedFieldsKeepTheirCommasAndQuotes() {
        List<Map<String, String>> rows = SourceCsv.parse("t.csv",
                "unit,source\r\nSở TT&TT,\"KH 122, mục \"\"II\"\"\"\r\n\r\nBDT,\n");

        assertEquals(List.of(Map.of("unit", "Sở TT&TT", "source", "KH 122, mục \"II\""),
                Map.of("unit", "BDT", "source", "")), rows);
    }

    @Test
    void aRowWithTooManyFieldsNamesItsFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SourceCsv.parse("real-scores.csv", "a,b\n1,2\n1,2,3\n"));

        assertEquals("real-scores.csv:3: 3 fields, the header has 2", e.getMessage());
    }

    @Test
    void aQuoteLeftOpenNamesItsFileAndTheLineItOpensOn() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SourceCsv.parse("targets.csv", "a,b\n1,2\n\"3,4\n5,6\n"));

        assertEquals("targets.csv:3: a quoted field opened at line 3 is never closed", e.getMessage());
    }
}
