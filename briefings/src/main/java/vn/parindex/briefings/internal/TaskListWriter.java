package vn.parindex.briefings.internal;

import vn.parindex.marts.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.PlanTask;
import vn.parindex.briefings.data.TaskListRequest;
import vn.parindex.marts.records.UnitResult;

/**
 * The task list of a unit or a province as one sheet, in the plans' order (file, line): each task with its output,
 * lead, partners, deadline as written and as read, next due date, status (coloured), completion date and the
 * planner's note. It goes back into plans/ as it is: its last columns (Tỉnh, Đơn vị, Chỉ số, Nguồn) are what the
 * plan reader needs to find the task each row was downloaded from, so an edited completion date or note updates that
 * task (batch's TaskUpdates). Printed: A4 landscape, one page wide and as many tall as it needs, the header repeated,
 * rows as tall as their wrapped text, the reading columns left off the page.
 */
public final class TaskListWriter {
    private static final int HEADER_ROW = 3;
    private static final int NOTE_ROW = 2;
    /**
     * The printed columns, with their widths in characters: A4 landscape prints the unit's list at about 75 %, the
     * province's (one column more) at about 68 %; long texts wrap.
     */
    private static final List<String> PRINTED = List.of("Năm kế hoạch", Labels.CODE, "Nội dung nhiệm vụ",
            "Sản phẩm đầu ra", "Chủ trì", "Phối hợp", "Thời gian thực hiện (như kế hoạch)", "Các hạn",
            "Hạn tiếp theo", Labels.STATUS, "Ngày hoàn thành", "Ghi chú");
    private static final int[] PRINTED_WIDTHS = {6, 6, 30, 18, 14, 12, 13, 10, 10, 11, 10, 12};
    private static final int UNIT_WIDTH = 14;
    /** The source column's header: the plan reader takes "Nguồn" as the row the task was downloaded from. */
    static final String SOURCE = "Nguồn (tệp, dòng)";

    private TaskListWriter() {
    }

    public static XSSFWorkbook build(BriefingData data, TaskListRequest request) {
        List<PlanTask> tasks = request.select(data);
        String scope = request.provinceWide() ? Labels.place(request.province()) : unitName(data, request);
        String title = "Danh sách nhiệm vụ cải thiện " + Labels.indexName(request.index())
                + (request.planYear() == null ? "" : " năm " + request.planYear()) + " — " + scope;
        XSSFWorkbook workbook = Workbooks.create(title, data.snapshot());
        Styles styles = new Styles(workbook);
        SafeCells cells = SafeCells.titledSheet(workbook, styles, "Nhiệm vụ", title);
        List<String> headers = new ArrayList<>();
        if (request.provinceWide()) {
            headers.add(Labels.UNIT);
        }
        headers.addAll(PRINTED);
        int lastPrinted = headers.size() - 1;
        headers.add(Labels.PROVINCE);
        if (!request.provinceWide()) {
            headers.add(Labels.UNIT);
        }
        headers.addAll(List.of(vn.parindex.marts.Columns.INDEX.label(), SOURCE));
        cells.headers(HEADER_ROW, 0, headers.toArray(String[]::new));
        int row = HEADER_ROW;
        for (PlanTask task : tasks) {
            row++;
            int column = 0;
            String unit = unitName(data, task.unitId(), request.index());
            if (request.provinceWide()) {
                cells.wrapped(row, column++, unit);
            }
            cells.integer(row, column++, task.planYear());
            cells.text(row, column++, task.code());
            cells.wrapped(row, column++, task.task());
            cells.wrapped(row, column++, task.output());
            cells.wrapped(row, column++, task.lead());
            cells.wrapped(row, column++, task.partners());
            cells.wrapped(row, column++, task.deadline());
            cells.wrapped(row, column++, dueDates(task));
            cells.date(row, column++, task.nextDue());
            TaskStatusCells.write(cells, row, column++, task.status());
            cells.date(row, column++, task.doneOn());
            cells.wrapped(row, column++, task.note());
            cells.text(row, column++, task.province());
            if (!request.provinceWide()) {
                cells.text(row, column++, unit);
            }
            cells.text(row, column++, task.index());
            cells.text(row, column, task.file() + ":" + task.line());
        }
        if (tasks.isEmpty()) {
            cells.text(++row, 0, "Không có nhiệm vụ.");
        }
        cells.fitColumns(9, 40);
        int first = request.provinceWide() ? 1 : 0;
        if (request.provinceWide()) {
            cells.sheet().setColumnWidth(0, UNIT_WIDTH * 256);
        }
        for (int i = 0; i < PRINTED_WIDTHS.length; i++) {
            cells.sheet().setColumnWidth(first + i, PRINTED_WIDTHS[i] * 256);
        }
        cells.fitHeaderHeight(HEADER_ROW, lastPrinted + 1);
        for (int r = HEADER_ROW + 1; r <= row && !tasks.isEmpty(); r++) {
            cells.fitRowHeight(r, lastPrinted);
        }
        String province = request.provinceWide() ? null : province(data, request);
        cells.title(1, Labels.source(province == null ? null : Labels.place(province), null, data.snapshot().id())
                + " · " + tasks.size() + " nhiệm vụ", false);
        cells.note(NOTE_ROW, lastPrinted, "Cập nhật tiến độ: ghi Ngày hoàn thành (và Ghi chú) rồi đặt tệp vào thư mục"
                + " plans/ cạnh kế hoạch; lần chạy sau cập nhật đúng các nhiệm vụ này, không thêm bản sao. Giữ nguyên"
                + " các cột " + String.join(", ", headers.subList(lastPrinted + 1, headers.size()))
                + " (sau cột Ghi chú, không in).");
        PageSetup.table(cells.sheet(), HEADER_ROW, row, headers.size() - 1, true);
        workbook.setPrintArea(0, 0, lastPrinted, 0, row);
        return workbook;
    }

    /** The due dates read from the deadline, as the planner writes dates: "9/3/2023; 9/6/2023". */
    private static String dueDates(PlanTask task) {
        if (TaskStatus.DEADLINE_UNKNOWN.code().equals(task.status())) {
            return "chưa đọc được";
        }
        return task.dueDates().isEmpty() ? null : String.join("; ", task.dueDates().stream()
                .map(date -> date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear()).toList());
    }

    private static String unitName(BriefingData data, TaskListRequest request) {
        return unitName(data, request.unitId(), request.index());
    }

    /** The unit's latest name on the index (else on any index), or its id. */
    static String unitName(BriefingData data, String unitId, String index) {
        List<UnitResult> history = data.history(unitId, index);
        if (history.isEmpty()) {
            for (String other : List.of("PAR", "SIPAS", "PAPI")) {
                history = history.isEmpty() ? data.history(unitId, other) : history;
            }
        }
        return history.isEmpty() ? unitId : history.get(history.size() - 1).unitName();
    }

    private static String province(BriefingData data, TaskListRequest request) {
        return data.tasks(request.unitId()).stream().map(PlanTask::province).findFirst().orElse(null);
    }
}
