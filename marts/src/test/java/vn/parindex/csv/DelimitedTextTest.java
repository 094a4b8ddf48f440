package vn.parindex.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** All records of a file read one at a time through {@link DelimitedText#open}, as a list. */
    private static List<CsvRecord> streamed(Path file) throws Exception {
        try (DelimitedText.Records records = DelimitedText.open(file)) {
            List<CsvRecord> all = new java.util.ArrayList<>();
            for (CsvRecord record = records.next(); record != null; record = records.next()) {
                all.add(record);
            }
            return all;
        }
    }

    @Test
    void aFileReadRecordByRecordGivesWhatItGivesReadWhole(@TempDir Path dir) throws Exception {
        // some 320 KB: records, quoted line breaks and two-byte characters across the reader's 64 KB blocks
        StringBuilder text = new StringBuilder("\uFEFFprovince;unit;score\r\n");
        for (int i = 0; i < 8000; i++) {
            text.append("Lào Cai;\"Sở Nội vụ\n(").append(i).append(")\";87,13\r\n").append(i % 97 == 0 ? "\r\n;;\n" : "");
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        List<CsvRecord> whole = DelimitedText.read(file).records();
        assertEquals(8001, whole.size());
        assertEquals(whole, streamed(file));
        assertEquals(';', DelimitedText.open(file).delimiter());
    }

    @Test
    void aFileReadRecordByRecordFailsAtOpeningWhenAnyPartIsNotUtf8OrAQuoteStaysOpen(@TempDir Path dir)
            throws Exception {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 2; i <= 20000; i++) {
            text.append("Sở ").append(i).append(",1\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        int line15000 = text.substring(0, text.indexOf("Sở 15000,")).getBytes(StandardCharsets.UTF_8).length;
        byte[] damaged = bytes.clone();
        damaged[line15000] = (byte) 0xFF; // the 'S' of line 15000, well past the reader's first 64 KB block
        Path notUtf8 = dir.resolve("not-utf8.csv");
        Files.write(notUtf8, damaged);
        InputFileException error = assertThrows(InputFileException.class, () -> DelimitedText.open(notUtf8));
        assertEquals("not_utf8", error.rule());
        assertEquals(15000, error.line());
        assertEquals(assertThrows(InputFileException.class, () -> DelimitedText.parse(damaged)).line(), error.line());

        Path open = dir.resolve("open-quote.csv");
        Files.writeString(open, text + "\"never closed,1\n" + text.substring(4), StandardCharsets.UTF_8);
        InputFileException quote = assertThrows(InputFileException.class, () -> DelimitedText.open(open));
        assertEquals("unterminated_quote", quote.rule());
        assertEquals(20001, quote.line());
    }

    @Test
    void eachRecordsPositionIsItsByteOffsetAndLineAndReadingOnFromItGivesTheRestOfTheFile(@TempDir Path dir)
            throws Exception {
        // a BOM, three-byte and four-byte characters, quoted line breaks, CRLF and blank lines, across 64 KB blocks
        StringBuilder text = new StringBuilder("\uFEFFseverity,file,message\r\n");
        for (int i = 0; i < 6000; i++) {
            text.append("error,scores/Lào Cai.csv,\"Sở \uD840\uDC0B ").append(i).append(",\r\nhai dòng\"\r\n")
                    .append(i % 101 == 0 ? "\r\n\n" : "");
        }
        Path file = dir.resolve("report.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(file);
        List<CsvRecord> whole = DelimitedText.read(file).records();

        List<DelimitedText.Position> positions = new java.util.ArrayList<>();
        try (DelimitedText.Records records = DelimitedText.openAt(file, ',', DelimitedText.Position.START,
                Integer.MAX_VALUE)) {
            for (DelimitedText.Position at = records.position(); records.next() != null; at = records.position()) {
                positions.add(at);
            }
            assertEquals(bytes.length, records.position().offset(), "after the last record: the end of the file");
        }
        assertEquals(whole.size(), positions.size());
        for (int i : new int[] {1, 2, 102, 2999, whole.size() - 1}) {
            DelimitedText.Position at = positions.get(i);
            String from = new String(bytes, (int) at.offset(), bytes.length - (int) at.offset(),
                    StandardCharsets.UTF_8);
            assertEquals(true, from.startsWith("\r\n") || from.startsWith("\n") || from.startsWith("error,"),
                    "record " + i + " starts at its offset (or at the blank lines before it)");
            try (DelimitedText.Records records = DelimitedText.openAt(file, ',', at, Integer.MAX_VALUE)) {
                assertEquals(whole.get(i), records.next(), "record " + i + ", with its physical line");
                assertEquals(i + 1 < whole.size() ? whole.get(i + 1) : null, records.next(), "and the one after");
            }
        }
    }

    @Test
    void aFieldIsCutToTheLimitAndTheRecordsAfterItAreWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, "a,b\n\"" + "ờ".repeat(100) + ",\n\",x\n" + "y".repeat(50) + ",z\n",
                StandardCharsets.UTF_8);
        try (DelimitedText.Records records = DelimitedText.openAt(file, ',', DelimitedText.Position.START, 10)) {
            records.next();
            assertEquals(List.of("ờ".repeat(10), "x"), records.next().fields());
            CsvRecord after = records.next();
            assertEquals(List.of("y".repeat(10), "z"), after.fields());
            assertEquals(4, after.line());
        }
    }

    @Test
    void readFromAPositionABadByteOrAnOpenQuoteIsReportedAtTheFilesOwnLine(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 2; i <= 300; i++) {
            text.append("Sở ").append(i).append(",1\n");
        }
        byte[] bytes = (text + "\"open,1\n").getBytes(StandardCharsets.UTF_8);
        int line250 = text.substring(0, text.indexOf("Sở 250,")).getBytes(StandardCharsets.UTF_8).length;
        byte[] damaged = bytes.clone();
        damaged[line250] = (byte) 0xFF;
        Path file = dir.resolve("damaged.csv");
        Files.write(file, damaged);
        DelimitedText.Position line200;
        try (DelimitedText.Records records = DelimitedText.openAt(file, ',', DelimitedText.Position.START, 100)) {
            for (int i = 1; i < 200; i++) {
                records.next();
            }
            line200 = records.position();
        }
        assertEquals(200, line200.line());
        try (DelimitedText.Records records = DelimitedText.openAt(file, ',', line200, 100)) {
            assertEquals(200, records.next().line());
            InputFileException error = assertThrows(InputFileException.class, () -> {
                while (records.next() != null) {
                    // read on to the bad byte
                }
            });
            assertEquals("not_utf8", error.rule());
            assertEquals(250, error.line());
        }
        Path open = dir.resolve("open.csv");
        Files.write(open, bytes);
        try (DelimitedText.Records records = DelimitedText.openAt(open, ',', line200, 100)) {
            InputFileException error = assertThrows(InputFileException.class, () -> {
                while (records.next() != null) {
                    // read on to the end
                }
            });
            assertEquals("unterminated_quote", error.rule());
            assertEquals(301, error.line());
        }
    }

    @Test
    void missingColumnsAreNamed() {
        InputFileException error = assertThrows(InputFileException.class,
                () -> CsvTable.of(parse("Province,YEAR\nx,1\n"), List.of("province", "year", "unit")));
        assertEquals("missing_column", error.rule());
        assertEquals(true, error.getMessage().contains("unit"));
    }
}
