package vn.parindex.dashboard.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.marts.Columns;
import vn.parindex.marts.MartRow;

/**
 * The quality report read through the product's CSV reader: counted in one pass, every page read back from where it
 * starts exactly as the rows of the whole file (Vietnamese text, quoted commas and line breaks, CRLF), a field no
 * page needs whole cut, a damaged report refused with its file and line.
 */
class QualityIssuesTest {
    @TempDir
    Path dir;

    private static final String HEADER = "severity,file,line,column,rule,message,action\r\n";

    private Path report(String body) throws IOException {
        Path file = dir.resolve("quality_issues.csv");
        Files.writeString(file, HEADER + body, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everyPageHoldsTheRowsOfTheWholeReportInOrder() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 450; i++) {
            String severity = i % 3 == 0 ? "warning" : "error";
            body.append(severity).append(",scores/").append(i % 2 == 0 ? "Lào Cai" : "Hà Nội").append(".csv,")
                    .append(i + 1).append(",unit,").append(i % 3 == 0 ? "late_file" : "unknown_unit")
                    .append(",\"đơn vị 'Sở ").append(i).append("' không có, \"\"xem\"\"\r\ndòng hai\",")
                    .append("file quarantined\r\n");
        }
        QualityIssues issues = QualityIssues.scan(report(body.toString()));

        assertEquals(450, issues.total());
        assertEquals(3, issues.pages());
        assertEquals(Map.of("error", 300L, "warning", 150L), issues.bySeverity());
        assertEquals(Map.of("late_file", 150L, "unknown_unit", 300L), issues.byRule());
        assertEquals(150, issues.errors("scores/Lào Cai.csv").count());
        assertEquals(List.of(3, 5, 9, 11, 15), issues.errors("scores/Lào Cai.csv").first().stream()
                .map(row -> row.get(Columns.LINE)).toList());
        List<MartRow> paged = new ArrayList<>();
        for (int page = 0; page < issues.pages(); page++) {
            paged.addAll(issues.page(page));
        }
        assertEquals(450, paged.size());
        for (int i = 1; i <= 450; i++) {
            MartRow row = paged.get(i - 1);
            assertEquals(i + 1, (int) row.get(Columns.LINE));
            assertEquals("đơn vị 'Sở " + i + "' không có, \"xem\"\r\ndòng hai", row.get(Columns.MESSAGE));
        }
        assertEquals(List.of(), issues.page(3));
    }

    @Test
    void aFieldLongerThanAPageNeedsIsCutAndTheRowsAfterItAreRead() throws Exception {
        String huge = "x".repeat(QualityIssues.MAX_FIELD_CHARS * 3);
        QualityIssues issues = QualityIssues.scan(report("error,a.csv,2,unit,unknown_unit,\"" + huge
                + "\",file quarantined\r\nwarning,b.csv,3,,late_file,muộn,kept\r\n"));

        assertEquals(2, issues.total());
        List<MartRow> rows = issues.page(0);
        assertEquals(QualityIssues.MAX_FIELD_CHARS, ((String) rows.get(0).get(Columns.MESSAGE)).length());
        assertEquals("file quarantined", rows.get(0).get(Columns.ACTION));
        assertEquals("muộn", rows.get(1).get(Columns.MESSAGE));
    }

    @Test
    void aReportWithAQuoteLeftOpenIsRefusedNamingItsFileAndLine() throws Exception {
        Path file = report("error,a.csv,2,unit,unknown_unit,ok,kept\r\nerror,a.csv,3,unit,x,\"never closed,kept\r\n");

        IOException error = assertThrows(IOException.class, () -> QualityIssues.scan(file));

        assertTrue(error.getMessage().contains(file + " line 3: a quoted field opened at line 3 is never closed"),
                error.getMessage());
    }

    @Test
    void aReportWithoutRowsOrWithoutAFileHasNoIssues() throws Exception {
        assertEquals(0, QualityIssues.scan(report("")).total());
        assertEquals(0, QualityIssues.scan(dir.resolve("absent.csv")).pages());
    }
}
