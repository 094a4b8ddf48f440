package vn.parindex.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.briefings.Briefings;
import vn.parindex.marts.records.UnitYear;
import vn.parindex.plans.PlanReader;
import vn.parindex.plans.PlanReading;
import vn.parindex.plans.PlanTask;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceDataLoader;

/**
 * The product's own draft plan (/plans/&lt;unit&gt;.docx, written by the briefings' PlanDraftWriter from a real
 * snapshot of the contract's example), its Phụ lục 3 task table filled in with POI as a planner fills it in Word,
 * dropped into plans/: it reads back as those tasks (contract 1.8).
 */
class DraftPlanRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void theDraftPlanWithItsTaskTableFilledIn_readsBackAsThoseTasks() throws Exception {
        Path snapshot = dir.resolve("snapshot");
        ExampleMarts.write(snapshot, false);
        Path input = TestInputs.copyExampleInput(dir.resolve("example"));
        Path draft = input.resolve("plans/X-TP.docx");
        try (OutputStream out = Files.newOutputStream(draft)) {
            Briefings.writePlanDraft(ProvinceBriefingsTest.wholeSnapshot(snapshot), new UnitYear("X-TP", "PAR", 2024),
                    out);
        }
        fillTheLastEmptyRow(draft, "Lập báo cáo tự đánh giá", "Báo cáo", "Văn phòng Sở", "Các phòng",
                "30/11/2025");

        PlanReading reading = PlanReader.read(input, List.of(draft), ReferenceDataLoader.load(input));

        assertEquals(List.of(), reading.issues().stream().filter(i -> i.severity() == Issue.Severity.ERROR).toList(),
                reading.readings().toString());
        List<PlanTask> tasks = reading.tasks();
        // The draft carries over X-TP's four tasks of 2024 into the 2025 plan, by domain; the planner added one.
        assertEquals(List.of("Xây dựng mô hình điểm về CCHC", "Ban hành kế hoạch CCHC năm 2024", "Rà soát văn bản QPPL",
                "Tự kiểm tra tài chính công", "Lập báo cáo tự đánh giá"), tasks.stream().map(PlanTask::task).toList(),
                reading.readings().toString());
        assertEquals(List.of("", "1", "2", "3", "4"), tasks.stream().map(PlanTask::code).toList());
        PlanTask added = tasks.get(4);
        assertEquals("X-TP 2025 PAR Văn phòng Sở Các phòng [2025-11-30] line 5", added.unitId() + " "
                + added.planYear() + " " + added.index() + " " + added.lead() + " " + added.partners() + " "
                + added.dueDates() + " line " + added.line());
        assertTrue(tasks.stream().allMatch(task -> task.unitId().equals("X-TP") && task.planYear() == 2025));
    }

    /** Writes the task into the task table's last row that has only its number (the last group's). */
    private static void fillTheLastEmptyRow(Path docx, String... cells) throws Exception {
        XWPFDocument document;
        try (InputStream in = Files.newInputStream(docx)) {
            document = new XWPFDocument(in);
        }
        List<XWPFTable> tables = document.getTables();
        XWPFTable taskTable = tables.get(tables.size() - 1);
        XWPFTableRow empty = null;
        for (XWPFTableRow row : taskTable.getRows()) {
            boolean numberOnly = row.getTableCells().size() == 6 && row.getCell(0).getText().matches("\\d+\\.")
                    && row.getTableCells().subList(1, 6).stream().allMatch(cell -> cell.getText().isBlank());
            if (numberOnly) {
                empty = row;
            }
        }
        assertTrue(empty != null, "the draft's task table has rows to fill in");
        for (int i = 0; i < cells.length; i++) {
            XWPFTableCell cell = empty.getCell(i + 1);
            cell.getParagraphs().get(0).createRun().setText(cells[i]);
        }
        try (document; OutputStream out = Files.newOutputStream(docx)) {
            document.write(out);
        }
    }
}
