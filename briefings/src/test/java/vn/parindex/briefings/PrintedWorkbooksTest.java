package vn.parindex.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.data.ComparisonRequest;
import vn.parindex.briefings.data.TaskListRequest;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.CsvTable;
import vn.parindex.marts.records.PlanTask;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Each kind of workbook printed by LibreOffice on A4 (headless, to PDF), read back with PDFBox: the pages are A4, the
 * wide tables landscape, as many pages as the rows need, and no page scaled below 60 % (its body text, nominally 11
 * points, printed at 6,6 points or more). The first page of each is saved as a PNG in target/screenshots/. The task
 * lists hold the 40 tasks of the seed plan of Lào Cai's STTTT for 2023 (data/plans), as long as real plans write them.
 */
class PrintedWorkbooksTest {
    private static final Path PDFS = Path.of("target/pdf");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path SEED_PLAN = Path.of("../data/plans/lao-cai/LCI-STTTT-2023.csv");
    private static final float A4_LONG = 842f;
    private static final float A4_SHORT = 595f;
    private static final float LOWEST_SCALE = 0.6f;

    @TempDir
    static Path workDir;
    private static CalcPrinter calc;

    @BeforeAll
    static void findSoffice() {
        calc = new CalcPrinter(workDir);
    }

    private static List<PrintedPages.Page> print(String name, CalcPrinter.Workbook workbook) throws Exception {
        Path pdf = calc.convert("print-" + name, workbook, "pdf", PDFS);
        PrintedPages.firstPageAsPng(pdf, SCREENSHOTS.resolve("print-" + name + ".png"));
        List<PrintedPages.Page> pages = PrintedPages.read(pdf);
        List<String> titles = new ArrayList<>();
        try (XSSFWorkbook written = new XSSFWorkbook(workDir.resolve("print-" + name + ".xlsx").toFile())) {
            written.forEach(sheet -> titles.add(sheet.getRow(0).getCell(0).getStringCellValue()
                    .replaceAll("\\s+", "")));
        }
        for (PrintedPages.Page page : pages) {
            boolean a4 = Math.abs(Math.max(page.width(), page.height()) - A4_LONG) < 2
                    && Math.abs(Math.min(page.width(), page.height()) - A4_SHORT) < 2;
            assertTrue(a4, name + ": a page of " + page.width() + " × " + page.height() + " points is not A4");
            float scale = page.scale(titles);
            String where = name + ": page " + (pages.indexOf(page) + 1) + " of " + pages.size() + " printed at "
                    + Math.round(scale * 100) + " % (bold text " + page.boldBySize() + ", all " + page.charactersBySize()
                    + "): " + page.text().substring(0, Math.min(200, page.text().length()));
            assertTrue(scale >= LOWEST_SCALE, where);
            assertTrue(scale <= 1.02f, "fitting to the page never enlarges: the measure is wrong; " + where);
        }
        return pages;
    }

    /** The seed plan's tasks as the snapshot holds them (statuses in turn, to print every fill). */
    static List<PlanTask> seedTasks() throws Exception {
        CsvTable table = CsvTable.read(SEED_PLAN, List.of("task", "deadline"));
        List<String> statuses = List.of("ongoing", "overdue", "done", "due_soon", "open");
        List<PlanTask> tasks = new ArrayList<>();
        for (CsvRecord row : table.rows()) {
            tasks.add(new PlanTask(Fixture.LAO_CAI, "LCI-STTTT", 2023, Fixture.INDEX, table.get(row, "code"),
                    "plans/lao-cai/LCI-STTTT-2023.csv", row.line(), table.get(row, "task"), table.get(row, "output"),
                    table.get(row, "lead"), table.get(row, "partners"), table.get(row, "deadline"), List.of(), null,
                    statuses.get(tasks.size() % statuses.size()), null, tasks.size() % 7 == 0 ? "Đã báo cáo" : null));
        }
        return tasks;
    }

    private static BriefingData withSeedTasks() throws Exception {
        return new BriefingData(Fixture.SNAPSHOT, Fixture.units(), Fixture.items(), Fixture.lossDrivers(),
                Fixture.provinceItems(), Fixture.targets(), List.of(), List.of(), seedTasks());
    }

    @Test
    void aUnitsFortyTasksPrintOnSeveralLandscapePagesAtAReadableSize() throws Exception {
        BriefingData data = withSeedTasks();
        assertEquals(40, data.tasks("LCI-STTTT").size());
        List<PrintedPages.Page> pages = print("task-list", out -> Briefings.writeTasks(data,
                TaskListRequest.unit("LCI-STTTT", Fixture.INDEX, 2023), out));
        assertTrue(pages.stream().allMatch(PrintedPages.Page::landscape));
        assertTrue(pages.size() >= 4 && pages.size() <= 20, "40 long tasks on " + pages.size() + " page(s)");
        assertTrue(pages.get(pages.size() - 1).text().contains("Nội dung nhiệm vụ"), "the header on every page");
        assertTrue(pages.stream().noneMatch(page -> page.text().contains("plans/lao-cai")),
                "the reading columns are not printed");
    }

    @Test
    void aProvincesTaskListPrintsWithItsUnitColumnAtAReadableSize() throws Exception {
        BriefingData data = withSeedTasks();
        List<PrintedPages.Page> pages = print("province-task-list", out -> Briefings.writeTasks(data,
                TaskListRequest.province(Fixture.LAO_CAI, Fixture.INDEX, null), out));
        assertTrue(pages.size() >= 4, pages.size() + " page(s)");
    }

    @Test
    void theProvinceWorkbookPrintsItsSheetsAtAReadableSize() throws Exception {
        List<PrintedPages.Page> pages = print("province", out -> Briefings.writeProvince(Fixture.data(),
                Fixture.LAO_CAI_2022, out));
        assertTrue(pages.size() >= 2, pages.size() + " page(s)");
    }

    @Test
    void theComparisonWorkbookPrintsAtAReadableSize() throws Exception {
        List<PrintedPages.Page> pages = print("comparison", out -> Briefings.writeComparison(Fixture.data(),
                new ComparisonRequest(Fixture.INDEX, List.of("T-NV", "T-M", "LCI-STTTT"), List.of(2021, 2022, 2023,
                        2024)), out));
        assertTrue(pages.stream().allMatch(PrintedPages.Page::landscape));
    }

    @Test
    void theUnitBriefingPrintsAtAReadableSize() throws Exception {
        print("unit", out -> Briefings.writeUnit(Fixture.data(), Fixture.STTTT_2022, out));
    }
}
