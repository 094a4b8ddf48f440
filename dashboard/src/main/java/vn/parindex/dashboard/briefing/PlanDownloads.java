package vn.parindex.dashboard.briefing;

import vn.parindex.marts.Columns;
import java.util.List;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.data.TaskListRequest;
import vn.parindex.marts.records.UnitYear;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.ClientError;
import vn.parindex.dashboard.web.Params;

/**
 * Resolves the plan downloads' choices against the snapshot, as the other downloads do: a malformed parameter is a
 * 400 (from {@link Params}), an unknown unit, province, year or index a 404. For the draft plan {@code year} is the
 * year of the results (the plan is for the next one; default the unit's latest); for the task lists it is the plan
 * year (default: every plan year).
 */
final class PlanDownloads {
    /** The briefing input of the unit's province; 404 for a unit the snapshot does not know. */
    BriefingData unitData(Snapshot snapshot, SnapshotBriefingData briefingData, String unitId) {
        String province = snapshot.provinceOf(unitId)
                .orElseThrow(() -> ClientError.notFound("không có đơn vị " + unitId));
        return briefingData.province(snapshot, province);
    }

    /** The briefing input of the province asked for; 404 for one the snapshot does not know. */
    BriefingData provinceData(Snapshot snapshot, SnapshotBriefingData briefingData, Params params) {
        String asTyped = params.required("province");
        return briefingData.province(snapshot, snapshot.province(asTyped)
                .orElseThrow(() -> ClientError.notFound("không có tỉnh " + asTyped)));
    }

    /** The unit-year whose results the draft plan is made from. */
    UnitYear results(Snapshot snapshot, BriefingData data, String unitId, Params params) {
        Integer year = params.year("year");
        String index = params.index();
        List<MartRow> history = snapshot.unitYears(unitId, index);
        if (history.isEmpty()) {
            throw ClientError.notFound("không có đơn vị " + unitId + " với chỉ số " + index);
        }
        UnitYear results = new UnitYear(unitId, index, year != null ? year
                : history.get(history.size() - 1).get(Columns.YEAR));
        if (data.unitYear(results).isEmpty()) {
            throw ClientError.notFound("đơn vị không có kết quả năm " + results.year());
        }
        return results;
    }

    TaskListRequest unitTasks(Snapshot snapshot, BriefingData data, String unitId, Params params) {
        Integer year = params.year("year");
        String index = params.index();
        if (snapshot.unitYears(unitId).isEmpty() && data.tasks(unitId).isEmpty()) {
            throw ClientError.notFound("không có đơn vị " + unitId);
        }
        return withTasks(TaskListRequest.unit(unitId, index, year), data);
    }

    TaskListRequest provinceTasks(Snapshot snapshot, BriefingData data, Params params) {
        String asTyped = params.required("province");
        Integer year = params.year("year");
        String index = params.index();
        String province = snapshot.province(asTyped)
                .orElseThrow(() -> ClientError.notFound("không có tỉnh " + asTyped));
        return withTasks(TaskListRequest.province(province, index, year), data);
    }

    private static TaskListRequest withTasks(TaskListRequest request, BriefingData data) {
        if (request.select(data).isEmpty()) {
            throw ClientError.notFound("không có nhiệm vụ kế hoạch" + (request.planYear() == null ? ""
                    : " năm " + request.planYear()) + " với chỉ số " + request.index());
        }
        return request;
    }
}
