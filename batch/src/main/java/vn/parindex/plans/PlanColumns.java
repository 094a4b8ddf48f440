package vn.parindex.plans;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.text.Names;
import vn.parindex.annex.HeaderColumns;

/**
 * The columns of a plan file (contract 1.7) and the headers a planner's task workbook gives them. A workbook header
 * is matched after NFC, case-folding, dropping a leading "1."/"I." numbering, bracketed notes and trailing
 * punctuation: "Thời gian thực hiện (dự kiến)" is the deadline column.
 */
final class PlanColumns {
    static final List<String> ALL = List.of("province", "unit", "plan_year", "index", "code", "task", "output", "lead",
            "partners", "deadline", "done_on");
    /** Columns a plan file must have; the others may be left out (blank). */
    static final List<String> REQUIRED = List.of("province", "unit", "plan_year", "task", "deadline");

    /** The Vietnamese headers of the seeds' task tables (and a few close wordings), by the column they name. */
    private static final Map<String, List<String>> VIETNAMESE = Map.ofEntries(
            Map.entry("province", List.of("tỉnh", "tỉnh, thành phố", "tỉnh/thành phố")),
            Map.entry("unit", List.of("đơn vị", "cơ quan", "cơ quan, đơn vị")),
            Map.entry("plan_year", List.of("năm kế hoạch")),
            Map.entry("index", List.of("chỉ số")),
            Map.entry("code", List.of("mã tiêu chí", "mã")),
            Map.entry("task", List.of("nội dung nhiệm vụ", "nhiệm vụ", "nội dung")),
            Map.entry("output", List.of("sản phẩm đầu ra", "sản phẩm")),
            Map.entry("lead", List.of("chủ trì", "người/cơ quan chủ trì", "cơ quan chủ trì", "đơn vị chủ trì",
                    "người chủ trì")),
            Map.entry("partners", List.of("phối hợp", "cơ quan phối hợp", "đơn vị phối hợp")),
            Map.entry("deadline", List.of("thời gian thực hiện", "thời hạn")),
            Map.entry("done_on", List.of("ngày hoàn thành")));

    private PlanColumns() {
    }

    /** The plan column a workbook header names: its contract name (any case, ' ' for '_') or a Vietnamese header. */
    static Optional<String> named(String header) {
        String key = HeaderColumns.domainKey(header);
        String contractName = Names.key(header).replace(' ', '_');
        if (ALL.contains(contractName)) {
            return Optional.of(contractName);
        }
        return VIETNAMESE.entrySet().stream().filter(entry -> entry.getValue().contains(key)).map(Map.Entry::getKey)
                .findFirst();
    }
}
