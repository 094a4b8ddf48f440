package vn.parindex.briefing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opentest4j.AssertionFailedError;

/**
 * What a workbook shows, for comparing two of them: every non-blank cell with its sheet, address, value and number
 * format, and each sheet's chart count. The file's bytes differ between two writes (zip times), this does not.
 */
final class WorkbookContent {
    private WorkbookContent() {
    }

    static List<String> of(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                int charts = sheet.getDrawingPatriarch() == null ? 0 : sheet.getDrawingPatriarch().getCharts().size();
                lines.add(sheet.getSheetName() + ": " + charts + " charts");
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = value(cell);
                        if (!value.isEmpty()) {
                            lines.add(sheet.getSheetName() + "!" + cell.getAddress() + " = " + value + " ["
                                    + cell.getCellStyle().getDataFormatString() + "]");
                        }
                    }
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(file + " is no workbook", e);
        }
        return lines;
    }

    /** Fails naming the first line where {@code actual} shows something else than {@code expected}. */
    static void assertSame(Path expected, Path actual) throws IOException {
        List<String> want = of(expected);
        List<String> got = of(actual);
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            if (!want.get(i).equals(got.get(i))) {
                throw new AssertionFailedError(actual + " differs from " + expected, want.get(i), got.get(i));
            }
        }
        if (want.size() != got.size()) {
            throw new AssertionFailedError(actual + " has " + got.size() + " lines, " + expected + " " + want.size());
        }
    }

    private static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case NUMERIC -> String.valueOf(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            default -> "";
        };
    }
}
