package vn.parindex.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one way the product writes a CSV field, and that the reader gives every field back as written. */
class CsvFormatTest {
    @Test
    void aFieldIsQuotedOnlyWhenItHoldsACommaAQuoteOrALineBreak() {
        assertEquals("Sở Nội vụ", CsvFormat.field("Sở Nội vụ"));
        assertEquals("", CsvFormat.field(null));
        assertEquals("\"87,13\"", CsvFormat.field("87,13"));
        assertEquals("\"mục \"\"II\"\"\"", CsvFormat.field("mục \"II\""));
        assertEquals("\"a\nb\"", CsvFormat.field("a\nb"));
        assertEquals("\"a\rb\"", CsvFormat.field("a\rb"));
        assertEquals("a;b\t'c'", CsvFormat.field("a;b\t'c'"), "';' and tab are data in a ',' file");
    }

    @Test
    void aRecordIsItsFieldsCommaSeparatedEndedByCrlf() {
        StringBuilder out = new StringBuilder("x");
        CsvFormat.appendRecord(out, Arrays.asList("a", null, "b,c", "\""));
        assertEquals("xa,,\"b,c\",\"\"\"\"\r\n", out.toString());
    }

    @Test
    void whatIsWrittenReadsBackAsWritten() throws Exception {
        List<String> header = List.of("province", "message");
        List<String> row = List.of("Lào Cai", "tên \"Sở, Ban\"\r\nhai dòng; ba\tcột");
        StringBuilder out = new StringBuilder();
        CsvFormat.appendRecord(out, header);
        CsvFormat.appendRecord(out, row);
        List<CsvRecord> records = DelimitedText.parse(out.toString().getBytes(StandardCharsets.UTF_8)).records();
        assertEquals(header, records.get(0).fields());
        assertEquals(row, records.get(1).fields());
    }
}
