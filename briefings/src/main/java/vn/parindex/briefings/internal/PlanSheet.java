package vn.parindex.briefings.internal;

import java.util.List;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.GoalGap;
import vn.parindex.marts.records.PlanTask;
import vn.parindex.marts.records.UnitYear;

/**
 * The "Kế hoạch" sheet of a unit briefing: what it takes (the year's goal gaps: next rank and next year's targets,
 * in index and item points, against the points recoverable in self-assessed items) and the unit's tasks of this
 * year's and next year's plans with their status. A snapshot without plan data says so.
 */
final class PlanSheet {
    static final String NAME = "Kế hoạch";
    static final String NO_PLAN_DATA = "Bản dữ liệu này không có dữ liệu kế hoạch (mục tiêu, nhiệm vụ).";
    private static final int FIRST_ROW = 3;
    private static final int[] WIDTHS = {44, 12, 12, 24, 20, 16, 13, 13};

    private final BriefingData data;
    private final UnitYear key;
    private final SafeCells cells;

    PlanSheet(BriefingData data, UnitYear key, SafeCells cells) {
        this.data = data;
        this.key = key;
        this.cells = cells;
    }

    void write(String context) {
        for (int column = 0; column < WIDTHS.length; column++) {
            cells.sheet().setColumnWidth(column, WIDTHS[column] * 256);
        }
        int row = FIRST_ROW;
        if (!data.plansKnown()) {
            cells.text(row, 0, NO_PLAN_DATA);
        } else {
            row = goals(row);
            tasks(row + 1);
        }
        cells.title(1, Labels.source(context, null, data.snapshot().id()), false);
        PageSetup.a4(cells.sheet(), true, 0);
    }

    private int goals(int row) {
        cells.label(row++, 0, "Cần bao nhiêu điểm (từ kết quả năm " + key.year() + ")");
        List<GoalGap> goals = data.goals(key);
        if (goals.isEmpty()) {
            cells.text(row, 0, "Không có mục tiêu tính được (đơn vị đứng đầu, hoặc chưa có hạng tính được).");
            return row + 1;
        }
        String[] headers = {"Mục tiêu", "Giá trị cần đạt", "Cần thêm (điểm chỉ số)", "Cần thêm (điểm tiêu chí)",
            "Có thể khắc phục (điểm tiêu chí)", "Đánh giá"};
        cells.headers(row, 0, headers);
        cells.fitHeaderHeight(row, headers.length);
        for (GoalGap goal : goals) {
            row++;
            cells.wrapped(row, 0, PlanPhrases.goal(goal));
            cells.number(row, 1, goal.goalValue());
            cells.number(row, 2, goal.neededIndexPoints());
            cells.number(row, 3, goal.neededItemPoints());
            cells.number(row, 4, goal.recoverableItemPoints());
            cells.text(row, 5, PlanPhrases.reachable(goal.reachable()));
        }
        return row + 1;
    }

    private void tasks(int row) {
        cells.label(row++, 0, "Nhiệm vụ kế hoạch năm " + key.year() + " và " + (key.year() + 1));
        List<PlanTask> tasks = data.tasks(key.unitId()).stream()
                .filter(task -> key.index().equals(task.index()))
                .filter(task -> task.planYear() == key.year() || task.planYear() == key.year() + 1).toList();
        if (tasks.isEmpty()) {
            cells.text(row, 0, "Đơn vị không có nhiệm vụ kế hoạch năm " + key.year() + " hoặc " + (key.year() + 1)
                    + ".");
            return;
        }
        String[] headers = {"Nội dung nhiệm vụ", "Năm kế hoạch", Labels.CODE, "Chủ trì",
            "Thời gian thực hiện (như kế hoạch)", Labels.STATUS, "Hạn tiếp theo", "Ngày hoàn thành"};
        cells.headers(row, 0, headers);
        cells.fitHeaderHeight(row, headers.length);
        for (PlanTask task : tasks) {
            row++;
            cells.wrapped(row, 0, task.task());
            cells.integer(row, 1, task.planYear());
            cells.text(row, 2, task.code());
            cells.wrapped(row, 3, task.lead());
            cells.wrapped(row, 4, task.deadline());
            TaskStatusCells.write(cells, row, 5, task.status());
            cells.date(row, 6, task.nextDue());
            cells.date(row, 7, task.doneOn());
        }
    }
}
