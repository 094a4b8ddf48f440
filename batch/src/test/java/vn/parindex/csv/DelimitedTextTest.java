package vn.parindex.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedTextTest {

    private static DelimitedText parse(String text) throws InputFileException {
        return DelimitedText.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void semicolonFilesAndBomAreRecognised() throws Exception {
        DelimitedText text = parse("\uFEFFprovince;score\r\nLào Cai;87,13\r\n");
        assertEquals(';', text.delimiter());
        assertEquals(List.of("province", "score"), text.records().get(0).fields());
        assertEquals(List.of("Lào Cai", "87,13"), text.records().get(1).fields());
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndRecordsKeepTheirStartLine() throws Exception {
        DelimitedText text = parse("a,b\n\"87,13\",\"say \"\"hi\"\"\"\n\n,,\n\"two\nlines\",x\nlast,1");
        List<CsvRecord> records = text.records();
        assertEquals(List.of("87,13", "say \"hi\""), records.get(1).fields());
        assertEquals(2, records.get(1).line());
        assertEquals(5, records.get(2).line(), "blank and empty-field lines are skipped, line numbers are physical");
        assertEquals("two\nlines", records.get(2).field(0));
        assertEquals(7, records.get(3).line());
    }

    @Test
    void bytesThatAreNotUtf8AreRejectedWithTheirLine() {
        byte[] latin1 = "a,b\nx,1\nS\u1edf,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] windows1258 = "a,b\nx,1\nH\u00e0 N\u00f4i,2\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(3, assertThrows(InputFileException.class, () -> DelimitedText.parse(windows1258)).line());
        assertEquals("not_utf8", assertThrows(InputFileException.class, () -> DelimitedText.parse(windows1258)).rule());
        assertEquals(3, org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> DelimitedText.parse(latin1))
                .records().size());
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        InputFileException error = assertThrows(InputFileException.class, () -> parse("a,b\n\"open,1\n"));
        assertEquals("unterminated_quote", error.rule());
        assertEquals(2, error.line());
    }

    @Test
    void missingColumnsAreNamed() {
        InputFileException error = assertThrows(InputFileException.class,
                () -> CsvTable.of(parse("Province,YEAR\nx,1\n"), List.of("province", "year", "unit")));
        assertEquals("missing_column", error.rule());
        assertEquals(true, error.getMessage().contains("unit"));
    }
}
