package vn.parindex.dashboard.api;

import vn.parindex.marts.Columns;
import java.util.List;
import vn.parindex.dashboard.plan.TaskStatuses;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.ClientError;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.Selection;

/** GET /api/tasks?province=P[&amp;unit=U][&amp;status=S]: the province's task_status rows, by file and line. */
final class TaskQuery {
    private TaskQuery() {
    }

    static List<MartRow> rows(Snapshot snapshot, Params params) {
        String province = Selection.province(snapshot, params.required("province"));
        String status = TaskStatuses.parse(params);
        String unit = params.optional("unit");
        if (unit != null && snapshot.unitYears(unit).stream().noneMatch(r -> province.equals(r.get(Columns.PROVINCE)))) {
            throw ClientError.notFound("không có đơn vị " + unit + " ở " + province);
        }
        return snapshot.tasksOfProvince(province).stream()
                .filter(r -> unit == null || unit.equals(r.get(Columns.UNIT_ID)))
                .filter(r -> status == null || status.equals(r.get(Columns.TASK_STATUS))).toList();
    }
}
