package vn.parindex.dashboard.plan;

import vn.parindex.marts.Columns;
import vn.parindex.text.Names;
import vn.parindex.text.Codes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Html;
import vn.parindex.dashboard.web.Page;
import vn.parindex.dashboard.web.Url;
import vn.parindex.marts.RankingOrder;

/**
 * A unit's tasks of one plan year grouped by domain (the level-1 prefix of the item each serves), each group
 * ordered by urgency, with GET filters by status (links, with counts) and by lead (a plain form): no script.
 */
final class TaskList {
    private TaskList() {
    }

    /**
     * @param base makes the view's address without the filters, for the status links
     */
    static void write(Page page, List<Task> tasks, DomainNames names, String status, String lead, Supplier<Url> base,
                      String formAction, Map<String, Object> hidden) {
        List<Task> ofLead = tasks.stream().filter(t -> lead == null || sameLead(t.lead(), lead)).toList();
        page.body().append(filters(tasks, ofLead, status, lead, base, formAction, hidden));
        List<Task> shown = ofLead.stream().filter(t -> status == null || status.equals(t.status()))
                .sorted((a, b) -> TaskStatuses.URGENCY.compare(a.row(), b.row())).toList();
        if (shown.isEmpty()) {
            page.note("Không có nhiệm vụ nào khớp bộ lọc.");
            return;
        }
        Map<String, List<Task>> byDomain = new TreeMap<>(Codes.ORDER);
        shown.forEach(t -> byDomain.computeIfAbsent(t.domain(), d -> new ArrayList<>()).add(t));
        byDomain.forEach((domain, group) -> page.table(table(domain, names.label(domain), group)));
    }

    /** Leads match as typed in any case and normalisation: "văn phòng sở" finds "Văn phòng Sở". */
    static boolean sameLead(String taskLead, String asked) {
        return taskLead != null && Names.key(taskLead).equals(Names.key(asked));
    }

    private static DataTable table(String domain, String label, List<Task> tasks) {
        String id = "nhiem-vu-" + (Task.GENERAL.equals(domain) ? "chung" : domain.replaceAll("[^A-Za-z0-9]", "-"));
        DataTable table = new DataTable(id, label + " (" + tasks.size() + " nhiệm vụ)", "STT", "Mã",
                "Nội dung nhiệm vụ", "Sản phẩm đầu ra", "Chủ trì", "Phối hợp", "Thời gian thực hiện (theo kế hoạch)",
                "Hạn (đọc được)", "Hạn tới", "Trạng thái", "Ngày hoàn thành", Columns.NOTE.label(), "Tệp kế hoạch");
        int number = 0;
        for (Task task : tasks) {
            String status = task.status();
            table.row(Cell.number(++number), Cell.text(task.row().get(Columns.CODE)), Cell.text(task.row().get(Columns.TASK)),
                    Cell.text(task.output()), Cell.text(task.lead()), Cell.text(task.partners()),
                    Cell.text(task.row().get(Columns.DEADLINE)),
                    new Cell(TaskDates.read(task.row().get(Columns.DUE_DATES), status),
                            Objects.toString(task.row().get(Columns.DUE_DATES), ""), null, null),
                    new Cell(TaskDates.shown(task.row().get(Columns.NEXT_DUE)),
                            Objects.toString(task.row().get(Columns.NEXT_DUE), ""), null, "num"),
                    new Cell(TaskStatuses.label(status), Objects.toString(status, ""), null, "task-" + status),
                    new Cell(TaskDates.shown(task.row().get(Columns.DONE_ON)),
                            Objects.toString(task.row().get(Columns.DONE_ON), ""), null, "num"),
                    Cell.text(task.note()),
                    Cell.text(task.row().get(Columns.FILE) + ":" + task.row().get(Columns.LINE)));
        }
        return table;
    }

    private static Html filters(List<Task> all, List<Task> ofLead, String status, String lead, Supplier<Url> base,
                                String formAction, Map<String, Object> hidden) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TaskStatuses.ORDER.forEach(s -> counts.put(s, 0));
        ofLead.forEach(t -> counts.merge(t.status(), 1, Integer::sum));
        Html out = new Html().open("div", "class", "chips no-print").element("span", "Trạng thái:");
        chip(out, withFilters(base, null, lead), "Tất cả (" + ofLead.size() + ")", status == null);
        counts.forEach((s, n) -> {
            if (n > 0 || s.equals(status)) {
                chip(out, withFilters(base, s, lead), TaskStatuses.label(s) + " (" + n + ")", s.equals(status));
            }
        });
        out.close("div");
        out.open("form", "class", "choices", "method", "get", "action", formAction)
                .open("label", "for", "lead").text("Chủ trì").close("label")
                .open("select", "id", "lead", "name", "lead")
                .open("option", "value", "").text("Tất cả").close("option");
        all.stream().map(Task::lead).filter(Objects::nonNull).distinct().sorted(RankingOrder.VIETNAMESE).forEach(l ->
                out.open("option", "value", l, "selected", lead != null && sameLead(l, lead) ? "selected" : null)
                        .text(l).close("option"));
        out.close("select");
        hidden.forEach((name, value) -> {
            if (value != null) {
                out.open("input", "type", "hidden", "name", name, "value", value.toString());
            }
        });
        if (status != null) {
            out.open("input", "type", "hidden", "name", "status", "value", status);
        }
        return out.element("button", "Lọc", "type", "submit").close("form");
    }

    private static Url withFilters(Supplier<Url> base, String status, String lead) {
        return base.get().param("status", status).param("lead", lead);
    }

    private static void chip(Html out, Url url, String text, boolean current) {
        out.link(url.toString(), text, "class", current ? "chip current" : "chip",
                "aria-current", current ? "page" : null);
    }
}
