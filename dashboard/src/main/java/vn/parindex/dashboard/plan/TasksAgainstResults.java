package vn.parindex.dashboard.plan;

import vn.parindex.dashboard.unit.PreviousYear;

import vn.parindex.marts.Columns;
import vn.parindex.text.Codes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;

/**
 * For each domain, the tasks planned for year Y beside the change of that domain's attainment from Y−1 to Y (the
 * batch's delta_attainment, which follows renumbering and mergers): did the work move the score?
 */
final class TasksAgainstResults {
    private TasksAgainstResults() {
    }

    /** @param previous where last year's attainments come from (and so the changes on it) */
    static DataTable table(List<Task> planned, List<MartRow> components, DomainNames names, int year,
                           PreviousYear previous) {
        Map<String, MartRow> domains = new LinkedHashMap<>();
        components.stream().filter(r -> Integer.valueOf(1).equals(r.get(Columns.LEVEL)))
                .forEach(r -> domains.put(r.get(Columns.CODE), r));
        Map<String, int[]> counts = new TreeMap<>(Codes.ORDER); // planned, done, overdue
        domains.keySet().forEach(code -> counts.put(code, new int[3]));
        for (Task task : planned) {
            int[] count = counts.computeIfAbsent(task.domain(), d -> new int[3]);
            count[0]++;
            count[1] += task.status() != null && task.status().startsWith("done") ? 1 : 0;
            count[2] += "overdue".equals(task.status()) ? 1 : 0;
        }
        DataTable table = new DataTable("nhiem-vu-va-ket-qua", "Nhiệm vụ kế hoạch năm " + year
                + " và thay đổi tỷ lệ đạt của lĩnh vực", "Lĩnh vực", "Nhiệm vụ năm " + year, "Đã hoàn thành", "Quá hạn",
                "Tỷ lệ đạt năm " + (year - 1) + " (%)", "Tỷ lệ đạt năm " + year + " (%)", "Thay đổi (điểm %)",
                "Nguồn số liệu");
        counts.forEach((code, count) -> {
            MartRow domain = domains.get(code);
            String provenance = domain == null ? null : domain.get(Columns.PROVENANCE);
            table.row(Cell.text(names.label(code)), Cell.number(count[0]), Cell.number(count[1]),
                    Cell.number(count[2]), marked(Cell.number(domain == null ? null : previous(domain)),
                            domain == null ? null : previous.of(domain)),
                    marked(Cell.number(domain == null ? null : domain.get(Columns.ATTAINMENT)), provenance),
                    marked(Cell.signed(domain == null ? null : domain.get(Columns.DELTA_ATTAINMENT)),
                            domain == null ? null : previous.change(domain)),
                    domain == null ? Cell.text("") : Cell.provenanceOf(provenance, null));
        });
        return table;
    }

    /** A figure carries its provenance's label; a blank one ("–") has nothing to label. */
    private static Cell marked(Cell figure, String provenance) {
        return figure.csv().isEmpty() ? figure : figure.from(provenance, null);
    }

    /** Last year's attainment as the batch matched it (prev_score of prev_max). */
    private static Double previous(MartRow domain) {
        Double score = domain.get(Columns.PREV_SCORE);
        Double max = domain.get(Columns.PREV_MAX);
        return score == null || max == null || max == 0 ? null : 100 * score / max;
    }
}
