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
 * lead, partners, deadline as written and as read, next due date, status (coloured) and completion date. Header
 * frozen and filtered, A4 landscape fitted to the width, header repeated on every page; text never a formula.
 */
public final class TaskListWriter {
    private static final int HEADER_ROW = 3;

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
        headers.addAll(List.of("Năm kế hoạch", Labels.CODE, "Nội dung nhiệm vụ", "Sản phẩm đầu ra", "Chủ trì",
                "Phối hợp", "Thời gian thực hiện (như kế hoạch)", "Các hạn", "Hạn tiếp theo", Labels.STATUS,
                "Ngày hoàn thành", "Nguồn (tệp, dòng)"));
        cells.headers(HEADER_ROW, 0, headers.toArray(String[]::new));
        int row = HEADER_ROW;
        for (PlanTask task : tasks) {
            row++;
            int column = 0;
            if (request.provinceWide()) {
                cells.text(row, column++, unitName(data, task.unitId(), request.index()));
            }
            cells.integer(row, column++, task.planYear());
            cells.text(row, column++, task.code());
            cells.wrapped(row, column++, task.task());
            cells.wrapped(row, column++, task.output());
            cells.wrapped(row, column++, task.lead());
            cells.wrapped(row, column++, task.partners());
            cells.text(row, column++, task.deadline());
            cells.text(row, column++, dueDates(task));
            cells.date(row, column++, task.nextDue());
            TaskStatusCells.write(cells, row, column++, task.status());
            cells.date(row, column++, task.doneOn());
            cells.text(row, column, task.file() + ":" + task.line());
        }
        if (tasks.isEmpty()) {
            cells.text(++row, 0, "Không có nhiệm vụ.");
        }
        cells.fitColumns(9, 40);
        int first = request.provinceWide() ? 1 : 0;
        for (int wide = first + 2; wide <= first + 5; wide++) {
            cells.sheet().setColumnWidth(wide, (wide == first + 2 ? 60 : 32) * 256);
        }
        cells.fitHeaderHeight(HEADER_ROW, headers.size());
        String province = request.provinceWide() ? null : province(data, request);
        cells.title(1, Labels.source(province == null ? null : Labels.place(province), null, data.snapshot().id())
                + " · " + tasks.size() + " nhiệm vụ", false);
        PageSetup.table(cells.sheet(), HEADER_ROW, row, headers.size() - 1, true);
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
