package vn.parindex.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.BriefingFiles;
import vn.parindex.briefings.Briefings;
import vn.parindex.marts.records.PlanTask;
import vn.parindex.briefings.data.TaskListRequest;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.TaskStatus;

/**
 * The tasks that need acting on (contract section 6, {@code tasks}): a unit's (or, with a blank unit, every unit's of
 * the province) plan tasks on the index that are {@code overdue}, {@code due_soon} or {@code deadline_unknown} as of
 * the run's date — overdue first, then due soon, then those a planner must date —, with the lead, the deadline as
 * written and the due date it was read as; a link to the Kế hoạch page and the task-list workbook attached (every
 * task of every plan year, as the dashboard's download has it).
 */
final class TaskNews {
    private static final Set<TaskStatus> URGENT = Set.of(TaskStatus.OVERDUE, TaskStatus.DUE_SOON,
            TaskStatus.DEADLINE_UNKNOWN);
    /** Rows a mail lists; the rest are in the attached workbook. */
    private static final int SHOWN = 200;

    private TaskNews() {
    }

    static NewsContent build(BriefingData data, Subscription subscription, Links links) {
        String index = subscription.index();
        TaskListRequest request = subscription.provinceWide()
                ? TaskListRequest.province(subscription.province(), index, null)
                : TaskListRequest.unit(subscription.unitId(), index, null);
        String scope = subscription.provinceWide() ? "các đơn vị tỉnh " + subscription.province()
                : UnitNames.of(data, subscription.unitId(), index) + " (" + subscription.province() + ")";
        NewsSection section = new NewsSection("Nhiệm vụ cần xử lý — " + scope + " — kế hoạch cải thiện "
                + ScoreIndex.label(index));
        String key = subscription.key(NewsKind.TASKS);
        List<PlanTask> all = data.plansKnown() ? request.select(data) : List.of();
        if (all.isEmpty()) {
            section.line(data.plansKnown() ? "Chưa có nhiệm vụ kế hoạch nào trong bản dữ liệu."
                    : "Bản dữ liệu không có dữ liệu kế hoạch.");
            return new NewsContent(key, scope + ": chưa có nhiệm vụ", List.of(section), List.of());
        }
        List<PlanTask> urgent = all.stream().filter(task -> status(task).map(URGENT::contains).orElse(false))
                .sorted(Comparator.comparing((PlanTask task) -> status(task).orElseThrow())
                        .thenComparing(PlanTask::file).thenComparingInt(PlanTask::line))
                .toList();
        String counts = counts(urgent);
        section.line(all.size() + " nhiệm vụ; " + counts + ".");
        if (urgent.isEmpty()) {
            section.line("Không có nhiệm vụ quá hạn, sắp đến hạn hay chưa đọc được thời hạn.");
        } else {
            section.table(header(subscription), urgent.stream().limit(SHOWN).map(task -> row(data, task, subscription))
                    .toList());
            if (urgent.size() > SHOWN) {
                section.line("… và " + (urgent.size() - SHOWN) + " nhiệm vụ khác (xem tệp đính kèm).");
            }
        }
        section.link("Xem kế hoạch trên parindex", subscription.provinceWide()
                ? links.provincePlan(subscription.province(), index) : links.plan(subscription.unitId(), index));
        String file = BriefingFiles.tasksName(request);
        section.line("Đính kèm: " + file + " (danh sách nhiệm vụ)");
        return new NewsContent(key, scope + ": " + counts, List.of(section), List.of(
                new NewsContent.AttachmentSpec(file, (briefing, out) -> Briefings.writeTasks(briefing, request, out))));
    }

    private static Optional<TaskStatus> status(PlanTask task) {
        return task.status() == null ? Optional.empty() : TaskStatus.of(task.status());
    }

    private static String counts(List<PlanTask> urgent) {
        List<String> parts = new ArrayList<>();
        for (TaskStatus status : List.of(TaskStatus.OVERDUE, TaskStatus.DUE_SOON, TaskStatus.DEADLINE_UNKNOWN)) {
            long count = urgent.stream().filter(task -> status(task).orElse(null) == status).count();
            parts.add(count + " " + status.label().toLowerCase(java.util.Locale.forLanguageTag("vi")));
        }
        return String.join(", ", parts);
    }

    private static List<String> header(Subscription subscription) {
        List<String> header = new ArrayList<>(List.of("Nhiệm vụ"));
        if (subscription.provinceWide()) {
            header.add("Đơn vị");
        }
        header.addAll(List.of("Tình trạng", "Hạn", "Thời gian thực hiện (như kế hoạch)", "Chủ trì", "Năm kế hoạch"));
        return header;
    }

    private static List<String> row(BriefingData data, PlanTask task, Subscription subscription) {
        List<String> row = new ArrayList<>(List.of(text(task.task())));
        if (subscription.provinceWide()) {
            row.add(UnitNames.of(data, task.unitId(), task.index()));
        }
        row.addAll(List.of(TaskStatus.label(task.status()), due(task), text(task.deadline()), text(task.lead()),
                String.valueOf(task.planYear())));
        return row;
    }

    /** Overdue: the last due date, passed; due soon: the next one; a deadline not understood: none could be read. */
    private static String due(PlanTask task) {
        TaskStatus status = status(task).orElseThrow();
        if (status == TaskStatus.DEADLINE_UNKNOWN) {
            return "chưa đọc được";
        }
        LocalDate date = status == TaskStatus.OVERDUE && !task.dueDates().isEmpty()
                ? task.dueDates().get(task.dueDates().size() - 1) : task.nextDue();
        return NewsFormat.date(date);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
