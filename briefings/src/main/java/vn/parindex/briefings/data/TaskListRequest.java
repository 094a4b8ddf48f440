package vn.parindex.briefings.data;

import vn.parindex.marts.records.PlanTask;
import java.util.List;
import java.util.Objects;

/**
 * Which tasks a task-list workbook holds: one unit's ({@code unitId}) or a whole province's (unitId null), on one
 * index, for one plan year (null: every plan year).
 */
public record TaskListRequest(String province, String unitId, String index, Integer planYear) {
    public TaskListRequest {
        Objects.requireNonNull(index, "index");
        if (province == null && unitId == null) {
            throw new IllegalArgumentException("a unit or a province");
        }
    }

    public static TaskListRequest unit(String unitId, String index, Integer planYear) {
        return new TaskListRequest(null, unitId, index, planYear);
    }

    public static TaskListRequest province(String province, String index, Integer planYear) {
        return new TaskListRequest(province, null, index, planYear);
    }

    public boolean provinceWide() {
        return unitId == null;
    }

    /** The tasks asked for, by file and line. */
    public List<PlanTask> select(BriefingData data) {
        List<PlanTask> candidates = unitId != null ? data.tasks(unitId) : data.allTasks();
        return candidates.stream()
                .filter(task -> province == null || province.equals(task.province()))
                .filter(task -> index.equals(task.index()))
                .filter(task -> planYear == null || planYear == task.planYear())
                .toList();
    }
}
