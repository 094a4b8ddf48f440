package vn.parindex.briefings;

import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.TargetResult;
import vn.parindex.marts.records.GoalGap;
import vn.parindex.marts.records.PlanTask;
import vn.parindex.marts.records.UnitYear;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link Fixture} with plans: item kinds (domain 2 scored by survey), goal gaps of T-F 2024 (second, named
 * "=SUM(A1)"), T-F's tasks of plan years 2024 and 2025 (texts that look like formulas, markup and control
 * characters; one of 2024 whose deadline was not read, deadline_unknown), T-NV's tasks of 2023 only (a draft for 2025 carries them over), and one 2025 target of T-F.
 */
final class PlanFixture {
    static final UnitYear FORMULA_2024 = new UnitYear("T-F", Fixture.INDEX, Fixture.YEAR);
    static final UnitYear INTERIOR_2024 = new UnitYear("T-NV", Fixture.INDEX, Fixture.YEAR);
    static final UnitYear MARKUP_2024 = new UnitYear("T-M", Fixture.INDEX, Fixture.YEAR);
    static final String FORMULA_TASK = "=HYPERLINK(\"http://example.org\",\"bấm\")";
    static final String CONTROL_OUTPUT = "Báo cáo\u0007 quý\u0000 I\tII";
    static final String PLAIN_TASK = "Rà soát quy trình báo cáo CCHC hàng quý";
    static final String OLD_TASK = "Nhiệm vụ của kế hoạch năm 2023";
    static final String GENERAL_TASK = "Tổ chức họp đánh giá kết quả thực hiện kế hoạch";
    static final String UNDATED_TASK = "Nhiệm vụ có thời hạn không đọc được";
    private static final String FILE = "plans/thu-nghiem/T-F.csv";

    private PlanFixture() {
    }

    static List<ItemResult> items() {
        return Fixture.items().stream().map(item -> new ItemResult(item.unitId(), item.index(), item.year(),
                item.code(), item.level(), item.name(), item.maxPoints(), item.score(), item.selfScore(),
                item.pointsLost(), item.attainment(), item.deltaPoints(), item.deltaAttainment(), item.rank(),
                item.rankOf(), item.provenance(), item.code().equals("2") ? "survey" : "assessed")).toList();
    }

    static List<GoalGap> goals() {
        return List.of(
                new GoalGap("T-F", Fixture.INDEX, Fixture.YEAR, "next_rank", null, 1, 87.5, 80.25, 7.25, 7.25, 5.0,
                        false),
                new GoalGap("T-F", Fixture.INDEX, Fixture.YEAR, "rank_at_most", 2025, 1, 87.5, 80.25, 7.25, 7.25,
                        5.0, false));
    }

    static List<PlanTask> tasks() {
        return List.of(
                task("T-F", 2025, "1.2", 2, FORMULA_TASK, CONTROL_OUTPUT, "@Văn phòng", "-Phòng A; +Phòng B",
                        "Thường xuyên", List.of(), null, "ongoing", null),
                task("T-F", 2025, "1.2", 3, PLAIN_TASK, "Báo cáo", "Văn phòng", null, "9/3; 9/6/2025",
                        List.of(LocalDate.of(2025, 3, 9), LocalDate.of(2025, 6, 9)), LocalDate.of(2025, 3, 9),
                        "due_soon", null),
                task("T-F", 2025, null, 4, GENERAL_TASK, "Báo cáo", "Lãnh đạo Sở", "Các phòng", "Tần suất 2 lần/năm",
                        List.of(), null, "ongoing", null),
                task("T-F", 2024, "2", 5, "Nhiệm vụ của kế hoạch năm 2024", null, "Văn phòng", null, "30/6/2024",
                        List.of(LocalDate.of(2024, 6, 30)), null, "overdue", null),
                task("T-F", 2024, "1", 6, "Nhiệm vụ đã xong", null, "Văn phòng", null, "30/3/2024",
                        List.of(LocalDate.of(2024, 3, 30)), null, "done", LocalDate.of(2024, 3, 20)),
                task("T-NV", 2023, "1.1", 7, OLD_TASK, "Kế hoạch", "Văn phòng", null, "30/6/2023",
                        List.of(LocalDate.of(2023, 6, 30)), null, "done_late", LocalDate.of(2023, 7, 3)),
                task("T-F", 2024, "2", 8, UNDATED_TASK, null, "Văn phòng", null, "Sau khi có hướng dẫn", List.of(),
                        null, "deadline_unknown", null));
    }

    private static PlanTask task(String unit, int year, String code, int line, String task, String output,
                                 String lead, String partners, String deadline, List<LocalDate> due,
                                 LocalDate next, String status, LocalDate doneOn) {
        return new PlanTask(Fixture.PROVINCE, unit, year, Fixture.INDEX, code, FILE, line, task, output, lead,
                partners, deadline, due, next, status, doneOn, null);
    }

    static List<TargetResult> targets() {
        return List.of(new TargetResult("T-F", Fixture.INDEX, 2025, "2", "max", null, null, "pending", null));
    }

    static BriefingData data() {
        List<TargetResult> targets = new java.util.ArrayList<>(Fixture.targets());
        targets.addAll(targets());
        return new BriefingData(Fixture.SNAPSHOT, Fixture.units(), items(), Fixture.lossDrivers(),
                Fixture.provinceItems(), targets, List.of(), goals(), tasks());
    }
}
