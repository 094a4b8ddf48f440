package vn.parindex.dashboard.plan;

import vn.parindex.dashboard.web.PlanLinks;
import vn.parindex.dashboard.web.SourceMarks;
import vn.parindex.marts.Columns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.records.GoalItems;
import vn.parindex.marts.records.MartRecords;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.unit.PreviousYear;
import vn.parindex.dashboard.unit.UnitYear;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Formats;
import vn.parindex.dashboard.web.Html;
import vn.parindex.dashboard.web.Page;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.dashboard.web.Url;
import vn.parindex.dashboard.web.View;

/**
 * A unit's "Kế hoạch" view for results year Y: what it takes to pass the next unit and reach the plan's targets of
 * Y+1, the lost items that could supply the points, the tasks of the plan for Y+1, the tasks of Y against the
 * domains' results, and self-assessed against appraised scores.
 */
public final class PlanView implements View {
    @Override
    public Page build(Snapshot snapshot, Params params) {
        UnitYear unit = UnitYear.resolve(snapshot, params);
        String status = TaskStatuses.parse(params);
        String lead = params.optional("lead");
        MartRow current = unit.current();
        int year = unit.year();
        String name = current.get(Columns.UNIT_NAME) + " (" + current.get(Columns.PROVINCE) + ")";
        Page page = new Page("Kế hoạch — " + name + " — " + unit.index() + " năm " + year,
                PlanLinks.unit(unit.unitId(), unit.index(), year).param("status", status).param("lead", lead));
        if (unit.note() != null) {
            page.note(unit.note());
        }
        page.body().append(header(unit));
        page.download(PlanLinks.draft(unit.unitId(), unit.index(), year).toString(),
                "Tải dự thảo kế hoạch năm " + (year + 1) + " (Word)");
        String points = Figures.PAPI.equals(unit.index()) ? "điểm PAPI" : "điểm chỉ số";
        List<MartRow> components = snapshot.components(unit.key());
        page.body().open("div", "class", "plan"); // long headers wrap here (css), the task texts need the width

        page.heading("Cần bao nhiêu điểm: từ kết quả năm " + year + " đến mục tiêu năm " + (year + 1));
        goals(page, snapshot, unit, points);
        page.heading("Tiêu chí có thể lấy lại điểm");
        if (components.isEmpty()) {
            page.note("Năm " + year + " chỉ có tổng điểm hoặc thứ hạng công bố, không có điểm theo tiêu chí.");
        } else {
            List<MartRow> goalItems = snapshot.goalItems(unit.key());
            boolean fromMart = snapshot.goalItemsKnown() && !goalItems.isEmpty();
            NextYearMaxima next = fromMart ? null : NextYearMaxima.after(snapshot, current);
            List<RecoverableItems.Line> lines = fromMart ? RecoverableItems.ofGoalItems(goalItems)
                    : RecoverableItems.of(components, next);
            boolean nextKnown = fromMart ? goalItems.stream().anyMatch(r -> r.get(Columns.NEXT_MAX) != null)
                    : next.scored();
            page.note("Tiêu chí thẩm định trước (đơn vị tự cải thiện được), rồi tiêu chí điều tra xã hội học; trong mỗi"
                    + " nhóm, tiêu chí lấy lại được nhiều điểm nhất trước. " + (nextKnown
                    ? "Điểm lấy lại được tính theo điểm tối đa năm " + (year + 1) + " (điểm tối đa năm " + (year + 1)
                    + " trừ điểm đạt năm " + year + "): điểm tối đa giảm thì phần điểm đã mất không còn để lấy lại."
                    : fromMart ? "Dữ liệu đầu vào chưa có bộ tiêu chí năm " + (year + 1) + ": điểm lấy lại được là"
                    + " điểm chưa đạt năm " + year + "."
                    : "Năm " + (year + 1) + " chưa có kết quả: điểm lấy lại được là điểm chưa đạt năm " + year + ".")
                    + " Cột cộng dồn cho biết cần sửa bao nhiêu tiêu chí để đủ số điểm còn thiếu.");
            if (fromMart) {
                String changes = GoalItems.changes(goalItems.stream().map(MartRecords::goalItem).toList(), year,
                        Formats::number);
                if (changes != null) {
                    page.note(changes);
                }
            }
            String differs = differsFromGoals(snapshot.goals(unit.key()), RecoverableItems.assessedTotal(lines), year);
            if (differs != null) {
                page.note(differs);
            }
            page.table(RecoverableItems.table(lines, current, nextKnown, fromMart
                    ? "chưa có bộ tiêu chí năm " + (year + 1) : "chưa có kết quả năm " + (year + 1), points));
        }

        List<MartRow> tasks = snapshot.tasks(unit.unitId()).stream().filter(r -> unit.index().equals(r.get(Columns.INDEX)))
                .toList();
        DomainNames names = new DomainNames(snapshot, unit.unitId(), unit.index(), List.of(year + 1, year));
        page.heading("Nhiệm vụ kế hoạch năm " + (year + 1));
        List<MartRow> nextPlan = ofPlanYear(tasks, year + 1);
        if (nextPlan.isEmpty()) {
            page.body().append(otherPlans(unit, tasks));
        } else {
            page.download(PlanLinks.taskList(unit.unitId(), unit.index(), year + 1).toString(),
                    "Tải danh sách nhiệm vụ năm " + (year + 1) + " (Excel)");
            Map<String, Object> hidden = new LinkedHashMap<>();
            hidden.put("index", unit.index());
            hidden.put("year", year);
            TaskList.write(page, Task.of(snapshot, nextPlan), names, status, lead,
                    () -> PlanLinks.unit(unit.unitId(), unit.index(), year), Url.of("plan", unit.unitId()).toString(),
                    hidden);
        }

        page.heading("Nhiệm vụ năm " + year + " và kết quả năm " + year);
        List<MartRow> planned = ofPlanYear(tasks, year);
        if (planned.isEmpty()) {
            page.note("Không có nhiệm vụ nào của kế hoạch năm " + year + ".");
        }
        if (!planned.isEmpty() || !components.isEmpty()) {
            page.table(TasksAgainstResults.table(Task.of(snapshot, planned), components,
                    new DomainNames(snapshot, unit.unitId(), unit.index(), List.of(year)), year,
                    PreviousYear.of(snapshot, current)));
        }

        page.heading("Tự chấm và thẩm định năm " + year);
        Overstatement over = Overstatement.of(current, components);
        if (!over.hasSelfScores()) {
            page.note("Năm " + year + " không có điểm tự chấm.");
        } else {
            page.note(over.items().isEmpty() ? "Không có tiêu chí nào tự chấm cao hơn điểm thẩm định."
                    : over.items().size() + " tiêu chí tự chấm cao hơn điểm thẩm định, tổng cộng "
                    + Formats.number(over.itemPoints()) + " điểm thành phần ("
                    + Formats.number(over.indexPoints()) + " " + points + "): nguy cơ bị trừ điểm khi thẩm định.");
            page.table(SelfAssessmentTables.items(over, points));
        }
        page.body().close("div");
        return page;
    }

    private static void goals(Page page, Snapshot snapshot, UnitYear unit, String points) {
        List<MartRow> goals = snapshot.goals(unit.key());
        MartRow current = unit.current();
        if (goals.isEmpty()) {
            page.note(current.get(Columns.RANK) == null
                    ? "Năm " + unit.year() + " đơn vị chưa được xếp hạng: không tính được khoảng cách."
                    : "Không có mục tiêu nào để tính: đơn vị đứng đầu bảng và kế hoạch năm " + (unit.year() + 1)
                    + " không có mục tiêu về tổng điểm, hoặc thứ hạng là thứ hạng công bố của bảng không đầy đủ.");
            return;
        }
        page.note("Điểm chỉ số cần thêm quy ra điểm thành phần (× điểm tối đa / 100) để so với số điểm đơn vị có thể"
                + " lấy lại ở các tiêu chí thẩm định: điểm tối đa năm " + (unit.year() + 1) + " trừ điểm đạt năm "
                + unit.year() + " khi đã có bộ tiêu chí năm " + (unit.year() + 1) + ", nếu chưa có thì điểm chưa đạt"
                + " năm " + unit.year() + "; tiêu chí điều tra xã hội học không tính.");
        page.chart("khoang-cach", "Điểm cần thêm và điểm có thể lấy lại theo mục tiêu",
                Goals.chart(goals, current, List.of(current)));
        page.table(Goals.table(goals, current, points));
    }

    /**
     * The goal gaps count what can be regained on the input's tree of the goal year, which the run knows even before
     * that year is scored; this table knows next year's maxima only from next year's scores. When the two totals
     * differ, the goals' figure is the one that counts: say so, with both.
     */
    private static String differsFromGoals(List<MartRow> goals, double tableTotal, int year) {
        Double counted = goals.stream().map(g -> g.get(Columns.RECOVERABLE_ITEM_POINTS)).filter(Objects::nonNull)
                .findFirst().orElse(null);
        if (counted == null || Math.abs(counted - tableTotal) < 0.005) {
            return null;
        }
        return "Bảng mục tiêu tính " + Formats.number(counted) + " điểm thành phần có thể lấy lại ở các tiêu chí thẩm"
                + " định, theo bộ tiêu chí năm " + (year + 1) + " của dữ liệu đầu vào; bảng dưới đây chỉ biết điểm"
                + " tối đa năm " + (year + 1) + " qua kết quả năm đó đã có, và cộng được " + Formats.number(tableTotal)
                + ". Số của bảng mục tiêu là số dùng để đánh giá khả thi.";
    }

    private static List<MartRow> ofPlanYear(List<MartRow> tasks, int planYear) {
        return tasks.stream().filter(r -> Integer.valueOf(planYear).equals(r.get(Columns.PLAN_YEAR))).toList();
    }

    /** No plan for Y+1: the results years whose following year has one. */
    private static Html otherPlans(UnitYear unit, List<MartRow> tasks) {
        Html out = new Html().open("p", "class", "note").text("Chưa có nhiệm vụ nào của kế hoạch năm "
                + (unit.year() + 1) + ".");
        TreeSet<Integer> planYears = new TreeSet<>();
        tasks.stream().map(r -> r.get(Columns.PLAN_YEAR)).filter(Objects::nonNull).forEach(planYears::add);
        if (!planYears.isEmpty()) {
            out.text(" Kế hoạch đã có: ");
            int i = 0;
            for (int planYear : planYears) {
                String text = "năm " + planYear + " (từ kết quả năm " + (planYear - 1) + ")";
                boolean scored = unit.history().stream().anyMatch(r -> r.get(Columns.YEAR) == planYear - 1);
                out.text(i++ == 0 ? "" : ", ");
                if (scored) {
                    out.link(PlanLinks.unit(unit.unitId(), unit.index(), planYear - 1).toString(), text);
                } else {
                    out.text(text);
                }
            }
            out.text(".");
        }
        return out.close("p");
    }

    /** Links to the unit's results, its province's plans, and the same view of its other years and indexes. */
    private static Html header(UnitYear unit) {
        MartRow current = unit.current();
        Html out = new Html().open("p", "class", "no-print")
                .link(UnitLinks.unit(unit.unitId(), unit.index(), unit.year()).toString(),
                        "Kết quả năm " + unit.year() + " của đơn vị").text(" · ")
                .link(PlanLinks.province(RankingKey.of(current)).toString(), "Kế hoạch của các đơn vị "
                        + current.get(Columns.PROVINCE)).close("p");
        String provenance = current.get(Columns.PROVENANCE);
        out.open("p", "class", "plan-facts", "data-provenance", SourceMarks.attribute(provenance))
                .text("Chỉ số " + unit.index() + " năm " + unit.year() + ": ").element("strong", Figures.value(current))
                .text(current.get(Columns.RANK) == null ? " · chưa xếp hạng" : " · xếp thứ " + Figures.rank(current))
                .text(" · điểm chưa đạt " + Figures.withScale(current, current.get(Columns.POINTS_LOST)));
        SourceMarks.mark(out, provenance, current.get(Columns.SOURCE)).close("p");
        out.open("div", "class", "chips no-print").element("span", "Kết quả năm:");
        for (MartRow row : unit.history()) {
            int y = row.get(Columns.YEAR);
            out.link(PlanLinks.unit(unit.unitId(), unit.index(), y).toString(), String.valueOf(y),
                    "class", y == unit.year() ? "chip current" : "chip");
        }
        return out.close("div");
    }
}
