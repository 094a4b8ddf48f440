package vn.parindex.dashboard;

import java.time.LocalDate;

/**
 * Issue 10 on top of {@link PlannerFixtures}: Sở TT&amp;TT Lào Cai's goal gaps of 2022 (the next unit, the plan's
 * rank target for 2023 and a rank_improve target), its 2023 tree where "Cải cách thể chế" drops from 13 to 9
 * points (so the goal gaps count 14,63 recoverable points, not the 18,63 lost), the tasks of its plans for 2022 and
 * 2023 in every status (one with markup in its text, one whose deadline the batch could not read:
 * deadline_unknown), an overdue task of Sở Nội vụ, a met rank_improve target, and a 2025 goal of LCI-EVIL judged on
 * a 2025 tree the input held but no unit was scored on yet.
 */
public final class PlanFixtures {
    public static final String LAO_CAI = Fixtures.LAO_CAI;
    public static final String PLAN_2023 = "plans/lao-cai/LCI-STTTT-2023.csv";
    public static final String PLAN_2022 = "plans/lao-cai/LCI-STTTT-2022.csv";
    public static final String EVIL_TASK = "<b>Rà soát</b> quy trình TTHC nội bộ";

    private PlanFixtures() {
    }

    static void add(TestWarehouse w) {
        goals(w);
        goalOnAnUnscoredTree(w);
        nextYearTree(w);
        tasks2023(w);
        tasks2022(w);
        goalItems2022(w);
        task(w, "LCI-SNV", 2022, "plans/lao-cai/LCI-SNV-2022.csv", 2, "1", "Ban hành kế hoạch CCHC", "Văn phòng Sở",
                "Quý I/2022", "2022-03-31", null, "overdue", null);
        w.add("target_status", "province", LAO_CAI, "unit_id", "LCI-STTTT", "year", 2023, "index", "PAR", "code",
                "TOTAL", "kind", "rank_improve", "target", 9.0, "actual", 7.0, "status", "met", "gap", 2.0);
    }

    private static void goals(TestWarehouse w) {
        goal(w, "next_rank", null, 10, 87.88, 0.75, 0.9);
        goal(w, "rank_at_most", 2023, 10, 87.88, 0.75, 0.9);
        goal(w, "rank_improve", 2023, 9, 88.1, 0.97, 1.16);
    }

    private static void goal(TestWarehouse w, String kind, Integer goalYear, int rank, double value, double index,
                             double item) {
        w.add("goal_gaps", "province", LAO_CAI, "tier", "department", "year", 2022, "index", "PAR", "unit_id",
                "LCI-STTTT", "goal", kind, "goal_year", goalYear, "goal_rank", rank, "goal_value", value,
                "official_value", 87.13, "needed_index_points", index, "needed_item_points", item,
                "recoverable_item_points", 14.63, "reachable", true);
    }

    /** The run knew 2025's tree (1.1 raised from 10 to 14: 14 - 8 = 6 to regain), the pages know no 2025 scores. */
    private static void goalOnAnUnscoredTree(TestWarehouse w) {
        w.add("goal_gaps", "province", LAO_CAI, "tier", "department", "year", 2024, "index", "PAR", "unit_id",
                "LCI-EVIL", "goal", "score_at_least", "goal_year", 2025, "goal_value", 90.0, "official_value", 86.0,
                "needed_index_points", 4.0, "needed_item_points", 4.0, "recoverable_item_points", 6.0,
                "reachable", true);
    }

    /**
     * goal_items of LCI-STTTT 2022 as the batch writes them: its nine domains with 2023's maxima ("Cải cách thể chế"
     * 13 → 9 on a score of 9: nothing to regain), the assessed ones' recoverable adding up to the goals' 14,63.
     */
    private static void goalItems2022(TestWarehouse w) {
        for (int d = 0; d < 9; d++) {
            double next = d == 1 ? 9 : PlannerFixtures.MAX_2022[d];
            double score = PlannerFixtures.SCORE_2022[d];
            w.add("goal_items", "province", LAO_CAI, "tier", "department", "year", 2022, "index", "PAR", "unit_id",
                    "LCI-STTTT", "code", String.valueOf(d + 1), "name", PlannerFixtures.PAR_2022[d], "kind",
                    d == 8 ? "survey" : "assessed", "max_points", PlannerFixtures.MAX_2022[d], "score", score,
                    "next_max", next, "recoverable", Math.max(0, next - score), "provenance", "published");
        }
    }

    /** 2023's domains (synthetic): "Cải cách thể chế" has 9 points instead of 13. */
    private static void nextYearTree(TestWarehouse w) {
        for (int d = 0; d < 9; d++) {
            double max = d == 1 ? 9 : PlannerFixtures.MAX_2022[d];
            PlannerFixtures.component(w, LAO_CAI, "department", 2023, "PAR", "LCI-STTTT", String.valueOf(d + 1),
                    PlannerFixtures.PAR_2022[d], d == 8 ? "survey" : "assessed", max, max - 1,
                    PlannerFixtures.SCORE_2022[d], PlannerFixtures.MAX_2022[d], "synthetic", null);
        }
    }

    private static void tasks2023(TestWarehouse w) {
        task(w, "LCI-STTTT", 2023, PLAN_2023, 2, null, "Xây dựng kế hoạch CCHC năm 2023", "Văn phòng Sở", "Quý I/2023",
                "2023-03-31", null, "done_late", LocalDate.of(2023, 4, 5));
        task(w, "LCI-STTTT", 2023, PLAN_2023, 3, "1", "Báo cáo định kỳ kết quả chỉ đạo điều hành", "Văn phòng Sở",
                "Trước ngày 20 hàng tháng", "2023-01-20;2023-02-20;2023-03-20;2023-04-20;2023-05-20;2023-06-20;"
                        + "2023-07-20;2023-08-20;2023-09-20;2023-10-20;2023-11-20;2023-12-20", null, "overdue", null);
        task(w, "LCI-STTTT", 2023, PLAN_2023, 4, "3.1", EVIL_TASK, "Phòng Bưu chính", "30/6/2023", "2023-06-30", null,
                "overdue", null);
        task(w, "LCI-STTTT", 2023, PLAN_2023, 5, "3", "Công khai TTHC đúng quy định", "Phòng Bưu chính", "Thường xuyên",
                null, null, "ongoing", null);
        task(w, "LCI-STTTT", 2023, PLAN_2023, 6, "2.1", "Rà soát văn bản QPPL", "Thanh tra Sở", "Tháng 12/2023",
                "2023-12-31", LocalDate.of(2023, 12, 31), "due_soon", null);
        task(w, "LCI-STTTT", 2023, PLAN_2023, 7, "9", "Khảo sát sự hài lòng của người dân", "Văn phòng Sở",
                "Quý I/2024", "2024-03-31", LocalDate.of(2024, 3, 31), "open", null);
        task(w, "LCI-STTTT", 2023, PLAN_2023, 8, "7", "Số hóa hồ sơ TTHC", "văn phòng sở", "15/3/2023", "2023-03-15",
                null, "done", LocalDate.of(2023, 3, 10));
        task(w, "LCI-STTTT", 2023, PLAN_2023, 9, "3.2", "Tổng kết mô hình một cửa", "Phòng Kiểm soát TTHC",
                "Sau khi có hướng dẫn", null, null, "deadline_unknown", null);
        w.add("plan_tasks", "file", PLAN_2023, "line", 3, "output", "Báo cáo tháng", "partners", "Các phòng chuyên môn");
        w.add("plan_tasks", "file", PLAN_2023, "line", 4, "output", "Quyết định <i>phê duyệt</i>", "partners",
                "Văn phòng Sở; Thanh tra Sở");
    }

    private static void tasks2022(TestWarehouse w) {
        task(w, "LCI-STTTT", 2022, PLAN_2022, 2, "3", "Rút ngắn thời gian giải quyết TTHC", "Phòng Bưu chính",
                "Năm 2022", "2022-12-31", null, "done", LocalDate.of(2022, 12, 20));
        task(w, "LCI-STTTT", 2022, PLAN_2022, 3, "3.2", "Một cửa liên thông", "Văn phòng Sở", "30/9/2022",
                "2022-09-30", null, "done_late", LocalDate.of(2022, 10, 15));
        task(w, "LCI-STTTT", 2022, PLAN_2022, 4, "7", "Chữ ký số", "Văn phòng Sở", "30/6/2022", "2022-06-30", null,
                "overdue", null);
    }

    private static void task(TestWarehouse w, String unit, int planYear, String file, int line, String code,
                             String text, String lead, String deadline, String dueDates, LocalDate nextDue,
                             String status, LocalDate doneOn) {
        w.add("task_status", "province", LAO_CAI, "unit_id", unit, "plan_year", planYear, "index", "PAR", "code", code,
                "file", file, "line", line, "task", text, "lead", lead, "deadline", deadline, "due_dates", dueDates,
                "next_due", nextDue, "status", status, "done_on", doneOn);
    }
}
