package vn.parindex.dashboard.plan;

import vn.parindex.dashboard.web.PlanLinks;
import vn.parindex.marts.Columns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.parindex.dashboard.chart.ChartSize;
import vn.parindex.dashboard.chart.Series;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.UnitYearKey;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.ChartLabels;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Page;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.Selection;
import vn.parindex.dashboard.web.SelectionLinks;
import vn.parindex.dashboard.web.View;
import vn.parindex.marts.RankingOrder;

/**
 * A province's "Kế hoạch" view: its units' plan tasks by status (as of the snapshot's run, every plan year), the
 * overdue ones, and the units ranked by how far their self-assessment of year Y exceeded the appraisal.
 */
public final class ProvincePlanView implements View {
    @Override
    public Page build(Snapshot snapshot, Params params) {
        Selection.Chosen chosen = Selection.forPage("plan", params, snapshot);
        RankingKey key = chosen.key();
        Page page = new Page("Kế hoạch cải thiện " + key.index() + " — " + key.province() + " — năm " + key.year(),
                PlanLinks.province(key));
        if (chosen.note() != null) {
            page.note(chosen.note());
        }
        page.body().append(SelectionLinks.of("plan", snapshot, key));
        page.body().open("p", "class", "no-print").link(SelectionLinks.url("ranking", key).toString(),
                "Bảng xếp hạng năm " + key.year()).text(" · ").link(SelectionLinks.url("province", key).toString(),
                "Tổng quan tỉnh năm " + key.year()).close("p");

        page.body().open("div", "class", "plan");
        List<MartRow> tasks = snapshot.tasksOfProvince(key.province()).stream()
                .filter(r -> key.index().equals(r.get(Columns.INDEX)) && inTier(snapshot, r.get(Columns.UNIT_ID), key)).toList();
        page.heading("Nhiệm vụ theo trạng thái");
        if (tasks.isEmpty()) {
            page.note("Chưa có kế hoạch cải thiện nào của các đơn vị cấp này trên chỉ số " + key.index() + ".");
        } else {
            page.note("Trạng thái tính đến ngày chạy của bản dữ liệu; mọi năm kế hoạch.");
            page.download(PlanLinks.provinceTaskList(key.province(), key.index()).toString(),
                    "Tải danh sách nhiệm vụ của tỉnh (Excel)");
            statusCounts(page, snapshot, tasks);
            overdue(page, snapshot, tasks);
            undated(page, tasks);
        }

        page.heading("Tự chấm cao hơn thẩm định năm " + key.year());
        overstatement(page, snapshot, key);
        page.body().close("div");
        return page;
    }

    private static boolean inTier(Snapshot snapshot, String unitId, RankingKey key) {
        return snapshot.unitYears(unitId).stream().anyMatch(r -> key.tier().equals(r.get(Columns.TIER)));
    }

    /** Per unit and plan year: how many tasks in each status; and a stacked bar per unit. */
    private static void statusCounts(Page page, Snapshot snapshot, List<MartRow> tasks) {
        Map<List<Object>, int[]> counts = new LinkedHashMap<>();
        for (MartRow task : tasks.stream().sorted(Comparator.comparing((MartRow r) -> unitName(snapshot, r.get(Columns.UNIT_ID)),
                RankingOrder.VIETNAMESE).thenComparing(r -> r.get(Columns.PLAN_YEAR),
                Comparator.nullsLast(Comparator.naturalOrder()))).toList()) {
            int[] count = counts.computeIfAbsent(List.of(task.get(Columns.UNIT_ID), Objects.requireNonNullElse(
                    task.get(Columns.PLAN_YEAR), 0)), k -> new int[TaskStatuses.ORDER.size()]);
            int at = TaskStatuses.ORDER.indexOf(task.get(Columns.TASK_STATUS));
            if (at >= 0) {
                count[at]++;
            }
        }
        List<String> headers = new ArrayList<>(List.of("Đơn vị", "Năm kế hoạch", "Số nhiệm vụ"));
        TaskStatuses.ORDER.forEach(s -> headers.add(TaskStatuses.label(s)));
        DataTable table = new DataTable("trang-thai", "Số nhiệm vụ theo trạng thái", headers.toArray(String[]::new));
        List<String> categories = new ArrayList<>();
        List<List<Double>> byStatus = new ArrayList<>();
        TaskStatuses.ORDER.forEach(s -> byStatus.add(new ArrayList<>()));
        counts.forEach((unitAndYear, count) -> {
            String unitId = (String) unitAndYear.get(0);
            int planYear = (Integer) unitAndYear.get(1);
            String name = unitName(snapshot, unitId);
            List<Cell> cells = new ArrayList<>(List.of(planLink(snapshot, unitId, name, planYear),
                    Cell.number(planYear), Cell.number(java.util.Arrays.stream(count).sum())));
            for (int i = 0; i < count.length; i++) {
                boolean flagged = count[i] > 0 && TaskStatuses.TO_ACT_ON.contains(TaskStatuses.ORDER.get(i));
                cells.add(Cell.number(count[i]).withClass(flagged ? "num flag" : "num"));
                byStatus.get(i).add((double) count[i]);
            }
            table.row(cells.toArray(Cell[]::new));
            categories.add(name + " — " + planYear);
        });
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < TaskStatuses.ORDER.size(); i++) {
            series.add(new Series(TaskStatuses.label(TaskStatuses.ORDER.get(i)), categories, byStatus.get(i)));
        }
        page.chart("trang-thai", "Số nhiệm vụ theo trạng thái của từng đơn vị", (charts, format) ->
                charts.stackedBars("Nhiệm vụ theo trạng thái", "Số nhiệm vụ", series, TaskStatuses.COLOURS, format,
                        ChartSize.forHorizontalBars(categories.size())));
        page.table(table);
    }

    /** Tasks whose deadline the run could not read are neither overdue nor ongoing: say that someone must date them. */
    private static void undated(Page page, List<MartRow> tasks) {
        long undated = tasks.stream().filter(r -> "deadline_unknown".equals(r.get(Columns.TASK_STATUS))).count();
        if (undated > 0) {
            page.note(undated + " nhiệm vụ " + TaskStatuses.label("deadline_unknown").toLowerCase(Locale.ROOT)
                    + " (cột thời hạn của kế hoạch không theo cách ghi ngày được hỗ trợ): cần ghi lại thời hạn trong"
                    + " tệp kế hoạch; xem trang Chất lượng dữ liệu.");
        }
    }

    /** The overdue tasks, by unit: whom to chase. */
    private static void overdue(Page page, Snapshot snapshot, List<MartRow> tasks) {
        List<MartRow> late = tasks.stream().filter(r -> "overdue".equals(r.get(Columns.TASK_STATUS))).toList();
        long units = late.stream().map(r -> r.get(Columns.UNIT_ID)).distinct().count();
        page.note(late.isEmpty() ? "Không có nhiệm vụ quá hạn."
                : units + " đơn vị có " + late.size() + " nhiệm vụ quá hạn.");
        DataTable table = new DataTable("qua-han", "Nhiệm vụ quá hạn", "Đơn vị", "Năm kế hoạch", "Mã",
                "Nội dung nhiệm vụ", "Chủ trì", "Thời gian thực hiện (theo kế hoạch)", "Hạn cuối");
        for (MartRow task : late) {
            String unitId = task.get(Columns.UNIT_ID);
            Integer planYear = task.get(Columns.PLAN_YEAR);
            String[] due = Objects.toString(task.get(Columns.DUE_DATES), "").split(";");
            String last = due[due.length - 1].strip();
            table.row(planLink(snapshot, unitId, unitName(snapshot, unitId), planYear == null ? 0 : planYear),
                    Cell.number(planYear), Cell.text(task.get(Columns.CODE)), Cell.text(task.get(Columns.TASK)),
                    Cell.text(task.get(Columns.LEAD)), Cell.text(task.get(Columns.DEADLINE)),
                    new Cell(TaskDates.shown(last), last, null, "num flag"));
        }
        if (!late.isEmpty()) {
            page.table(table);
        }
    }

    /** Units of the ranking of year Y ranked by overstatement in index points (one scale across trees). */
    private static void overstatement(Page page, Snapshot snapshot, RankingKey key) {
        List<Overstatement> units = new ArrayList<>();
        for (MartRow unitYear : snapshot.ranking(key)) {
            Overstatement over = Overstatement.of(unitYear, snapshot.components(UnitYearKey.of(unitYear)));
            if (over.hasSelfScores()) {
                units.add(over);
            }
        }
        if (units.isEmpty()) {
            page.note("Năm " + key.year() + " không có điểm tự chấm của đơn vị nào.");
            return;
        }
        units.sort(Comparator.comparing(Overstatement::indexPoints, Comparator.nullsLast(Comparator.reverseOrder())));
        String points = Figures.PAPI.equals(key.index()) ? "điểm PAPI" : "điểm chỉ số";
        page.note("Tổng số điểm tự chấm cao hơn điểm thẩm định, quy ra " + points + " để so sánh các đơn vị: đơn vị"
                + " đứng đầu có nguy cơ bị trừ điểm nhiều nhất ở lần tự đánh giá tới.");
        List<String> names = units.stream().map(o -> o.unitYear().get(Columns.UNIT_NAME)
                + ChartLabels.tag(o.provenance())).toList();
        List<Double> values = units.stream().map(Overstatement::indexPoints).toList();
        List<MartRow> marks = units.stream().flatMap(o -> o.items().stream()).toList();
        page.chart("tu-cham", "Chênh lệch tự chấm so với thẩm định theo đơn vị (" + points + ")", (charts, format) ->
                charts.bars(ChartLabels.titled("Tự chấm cao hơn thẩm định năm " + key.year() + " (" + points + ")",
                        marks), points, names, values, true, format, ChartSize.forHorizontalBars(names.size())));
        page.table(SelfAssessmentTables.ranking(units, points));
    }

    private static String unitName(Snapshot snapshot, String unitId) {
        List<MartRow> years = snapshot.unitYears(unitId);
        return years.isEmpty() ? unitId : years.get(years.size() - 1).get(Columns.UNIT_NAME);
    }

    /** The unit's plan view of the results year the plan was drafted from, or of its latest year without one. */
    private static Cell planLink(Snapshot snapshot, String unitId, String name, int planYear) {
        List<MartRow> years = snapshot.unitYears(unitId);
        // tasks were filtered by the page's index, and a unit's rows come by index then year
        String index = years.isEmpty() ? null : years.stream().filter(r -> r.get(Columns.YEAR) == planYear - 1)
                .map(r -> r.get(Columns.INDEX)).findFirst().orElse(null);
        if (index != null) {
            years = snapshot.unitYears(unitId, index);
        }
        if (years.isEmpty()) {
            return Cell.text(name);
        }
        MartRow row = years.stream().filter(r -> r.get(Columns.YEAR) == planYear - 1).findFirst()
                .orElse(years.get(years.size() - 1));
        return Cell.link(name, PlanLinks.unit(unitId, row.get(Columns.INDEX), row.get(Columns.YEAR)).toString());
    }
}
