package vn.parindex.briefings;

import vn.parindex.briefings.data.TaskListRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.briefings.WorkbookAssertions.assertNoFormulas;
import static vn.parindex.briefings.WorkbookAssertions.assertTableSheet;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The task-list workbooks and the "Kế hoạch" sheet of the unit briefing, opened back with POI. */
class TaskListTest {
    private static final int HEADER_ROW = 3;

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? null : row.getCell(column).getStringCellValue();
    }

    private static String fill(Cell any) {
        XSSFCell cell = (XSSFCell) any;
        return cell.getCellStyle().getFillForegroundXSSFColor() == null ? null
                : java.util.HexFormat.of().formatHex(cell.getCellStyle().getFillForegroundXSSFColor().getRGB())
                .toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void aUnitsTasksWithFiltersStatusColoursAndLandscapeA4() throws Exception {
        try (XSSFWorkbook workbook = WorkbookAssertions.writeAndOpen(out -> Briefings.writeTasks(PlanFixture.data(),
                TaskListRequest.unit("T-F", Fixture.INDEX, null), out))) {
            XSSFSheet sheet = workbook.getSheet("Nhiệm vụ");
            assertTableSheet(sheet, HEADER_ROW);
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertNoFormulas(workbook);
            assertEquals("Nội dung nhiệm vụ", text(sheet.getRow(HEADER_ROW), 2));
            assertEquals(HEADER_ROW + 6, sheet.getLastRowNum(), "six tasks of T-F, every plan year");
            Row first = sheet.getRow(HEADER_ROW + 1);
            assertEquals(2025, (int) first.getCell(0).getNumericCellValue());
            assertEquals(PlanFixture.FORMULA_TASK, text(first, 2));
            assertTrue(first.getCell(2).getCellStyle().getQuotePrefixed(), "a formula-like task is quoted text");
            assertEquals("@Văn phòng", text(first, 4));
            assertEquals("Thường xuyên", text(first, 9));
            Row dueSoon = sheet.getRow(HEADER_ROW + 2);
            assertEquals("9/3/2025; 9/6/2025", text(dueSoon, 7));
            assertEquals("[$-42A]dd/mm/yyyy", dueSoon.getCell(8).getCellStyle().getDataFormatString());
            assertEquals("Sắp đến hạn", text(dueSoon, 9));
            assertEquals("FFEB9C", fill(dueSoon.getCell(9)));
            Row overdue = sheet.getRow(HEADER_ROW + 4);
            assertEquals("Quá hạn", text(overdue, 9));
            assertEquals("FFC7CE", fill(overdue.getCell(9)));
            assertEquals("Hoàn thành", text(sheet.getRow(HEADER_ROW + 5), 9));
            assertEquals("C6EFCE", fill(sheet.getRow(HEADER_ROW + 5).getCell(9)));
            assertEquals("plans/thu-nghiem/T-F.csv:2", text(first, 15));
            Row undated = sheet.getRow(HEADER_ROW + 6);
            assertEquals(PlanFixture.UNDATED_TASK, text(undated, 2));
            assertEquals("chưa đọc được", text(undated, 7), "not read, rather than blank as for an ongoing task");
            assertEquals("Chưa đọc được thời hạn", text(undated, 9));
            assertEquals("D9D2E9", fill(undated.getCell(9)), "its own violet, the plan page's");
            List<String> fills = new java.util.ArrayList<>();
            for (int r = HEADER_ROW + 1; r < HEADER_ROW + 6; r++) {
                fills.add(fill(sheet.getRow(r).getCell(9)));
            }
            assertFalse(fills.contains("D9D2E9"), "no other status uses it: " + fills);
        }
    }

    @Test
    void aProvincesTasksOfOnePlanYearNameTheirUnits() throws Exception {
        try (XSSFWorkbook workbook = WorkbookAssertions.writeAndOpen(out -> Briefings.writeTasks(PlanFixture.data(),
                TaskListRequest.province(Fixture.PROVINCE, Fixture.INDEX, 2023), out))) {
            XSSFSheet sheet = workbook.getSheet("Nhiệm vụ");
            assertTableSheet(sheet, HEADER_ROW);
            assertEquals(List.of("Sở Nội vụ", PlanFixture.OLD_TASK), List.of(text(sheet.getRow(HEADER_ROW + 1), 0),
                    text(sheet.getRow(HEADER_ROW + 1), 3)));
            assertEquals(HEADER_ROW + 1, sheet.getLastRowNum());
        }
    }

    @Test
    void theUnitBriefingHasAPlanSheet() throws Exception {
        try (XSSFWorkbook workbook = WorkbookAssertions.writeAndOpen(out -> Briefings.writeUnit(PlanFixture.data(),
                PlanFixture.FORMULA_2024, out))) {
            XSSFSheet plan = workbook.getSheet("Kế hoạch");
            assertNoFormulas(workbook);
            List<String> firstColumn = new java.util.ArrayList<>();
            plan.forEach(row -> firstColumn.add(row.getCell(0) == null ? null : row.getCell(0).toString()));
            assertTrue(firstColumn.contains("Vượt đơn vị xếp trên (hạng 1)"), firstColumn.toString());
            assertTrue(firstColumn.contains(PlanFixture.FORMULA_TASK), firstColumn.toString());
            assertTrue(firstColumn.contains("Nhiệm vụ của kế hoạch năm 2024"), "this year's and next year's tasks");
            Row undated = null;
            for (Row row : plan) {
                undated = row.getCell(0) != null && PlanFixture.UNDATED_TASK.equals(row.getCell(0).toString()) ? row
                        : undated;
            }
            assertNotNull(undated, firstColumn.toString());
            assertEquals("Chưa đọc được thời hạn", text(undated, 5));
            assertEquals("D9D2E9", fill(undated.getCell(5)));
            assertTrue(plan.getPrintSetup().getLandscape());
        }
    }

    @Test
    void aSnapshotWithoutPlansSaysSo() throws Exception {
        try (XSSFWorkbook workbook = WorkbookAssertions.writeAndOpen(out -> Briefings.writeUnit(Fixture.data(),
                PlanFixture.FORMULA_2024, out))) {
            assertEquals("Bản dữ liệu này không có dữ liệu kế hoạch (mục tiêu, nhiệm vụ).",
                    workbook.getSheet("Kế hoạch").getRow(3).getCell(0).getStringCellValue());
        }
    }
}
