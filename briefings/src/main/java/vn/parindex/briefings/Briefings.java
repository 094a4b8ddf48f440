package vn.parindex.briefings;

import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.data.ComparisonRequest;
import vn.parindex.briefings.data.PlanDraft;
import vn.parindex.briefings.data.TaskListRequest;
import vn.parindex.marts.records.UnitYear;
import vn.parindex.marts.records.TableKey;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.briefings.internal.PrintAreas;
import vn.parindex.briefings.internal.ComparisonWriter;
import vn.parindex.briefings.internal.PlanDraftWriter;
import vn.parindex.briefings.internal.TaskListWriter;
import vn.parindex.briefings.internal.WordDocument;
import vn.parindex.briefings.internal.ProvinceBriefingWriter;
import vn.parindex.briefings.internal.UnitBriefingWriter;

/**
 * Builds one briefing workbook at a time and writes it out; nothing is kept after the call, so memory stays bounded
 * by the largest single workbook. Unknown tables or unit-years are an {@link IllegalArgumentException}.
 */
public final class Briefings {
    private Briefings() {
    }

    /** "Báo cáo Chỉ số CCHC năm Y — tỉnh P": one ranking table. */
    public static void writeProvince(BriefingData data, TableKey table, OutputStream out) throws IOException {
        write(ProvinceBriefingWriter.build(data, table), out);
    }

    /** The one-page briefing of a unit and year, with every item on a second sheet. */
    public static void writeUnit(BriefingData data, UnitYear unitYear, OutputStream out) throws IOException {
        write(UnitBriefingWriter.build(data, unitYear), out);
    }

    /** The comparison of the chosen units over the chosen years. */
    public static void writeComparison(BriefingData data, ComparisonRequest request, OutputStream out)
            throws IOException {
        write(ComparisonWriter.build(data, request), out);
    }

    /**
     * The draft improvement plan for the year after {@code results} (a Word document), made from that year's results,
     * goal gaps, next year's targets and the unit's tasks.
     */
    public static void writePlanDraft(BriefingData data, UnitYear results, OutputStream out) throws IOException {
        try (WordDocument document = PlanDraftWriter.build(PlanDraft.of(data, results))) {
            document.write(out);
        }
    }

    /** The task list of one unit or a province as a workbook: filters, status colours, A4 landscape. */
    public static void writeTasks(BriefingData data, TaskListRequest request, OutputStream out) throws IOException {
        write(TaskListWriter.build(data, request), out);
    }

    private static void write(XSSFWorkbook workbook, OutputStream out) throws IOException {
        PrintAreas.set(workbook);
        try (workbook) {
            workbook.write(out);
        }
    }

    /**
     * Writes through a temporary file of its own beside the target (two writers never share one), so a file under
     * that name is always a whole workbook.
     */
    static void writeFile(Path file, WorkbookSink sink) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                sink.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Something that writes one workbook to a stream. */
    @FunctionalInterface
    interface WorkbookSink {
        void writeTo(OutputStream out) throws IOException;
    }
}
