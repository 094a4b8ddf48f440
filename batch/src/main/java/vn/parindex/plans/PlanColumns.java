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
            "partners", "deadline", "done_on", "note", "source");
    /**
     * Beyond contract 1.7: {@code note} is the planner's note on the task; {@code source} is the plan row a task list
     * row was downloaded from ("plans/lao-cai/LCI-STTTT-2023.csv:3", the task list's "Nguồn (tệp, dòng)"), which the
     * row then updates ({@link TaskUpdates}).
     */
    static final String NOTE = "note";
    static final String SOURCE = "source";
    /** Columns a plan file must have; the others may be left out (blank). */
    static final List<String> REQUIRED = List.of("province", "unit", "plan_year", "task", "deadline");

    /** The Vietnamese headers of the seeds' task tables (and a few close wordings), by the column they name. */
    private static final Map<String, List<String>> VIETNAMESE = Map.ofEntries(
            Map.entry("province", List.of("tỉnh", "tỉnh, thành phố", "tỉnh/thành phố")),
            Map.entry("unit", List.of("đơn vị", "cơ quan", "cơ quan, đơn vị")),
            Map.entry("plan_year", List.of("năm kế hoạch")),
            Map.entry("index", List.of("chỉ số")),
            Map.entry("code", List.of("mã tiêu chí", "mã", "mã mục")),
            Map.entry("task", List.of("nội dung nhiệm vụ", "nhiệm vụ", "nội dung")),
            Map.entry("output", List.of("sản phẩm đầu ra", "sản phẩm")),
            Map.entry("lead", List.of("chủ trì", "người/cơ quan chủ trì", "cơ quan chủ trì", "đơn vị chủ trì",
                    "người chủ trì")),
            Map.entry("partners", List.of("phối hợp", "cơ quan phối hợp", "đơn vị phối hợp")),
            Map.entry("deadline", List.of("thời gian thực hiện", "thời hạn")),
            Map.entry("done_on", List.of("ngày hoàn thành")),
            Map.entry(NOTE, List.of("ghi chú")),
            Map.entry(SOURCE, List.of("nguồn")));

    /** The columns of a plan document's task table (contract 1.8) besides STT; task and deadline are required. */
    static final List<String> IN_DOCUMENT = List.of("task", "deadline");
    /** The STT column of a plan document's task table. */
    static final String NUMBER = "number";

    private PlanColumns() {
    }

    /**
     * The column a header of a plan document's task table names (contract 1.8): STT, "Nội dung nhiệm vụ" or
     * "Nhiệm vụ", "Sản phẩm (đầu ra)", "… chủ trì", "… phối hợp", "Thời gian thực hiện" / "Thời gian hoàn thành" /
     * "Thời hạn", "Ngày hoàn thành", "Tiêu chí".
     */
    static Optional<String> inDocument(String header) {
        String key = HeaderColumns.domainKey(header);
        if (key.equals("stt") || key.equals("tt") || key.equals("số tt") || key.startsWith("số thứ tự")) {
            return Optional.of(NUMBER);
        }
        if (key.equals("ngày hoàn thành")) {
            return Optional.of("done_on");
        }
        if (key.startsWith("thời gian thực hiện") || key.startsWith("thời gian hoàn thành")
                || key.startsWith("thời hạn")) {
            return Optional.of("deadline");
        }
        if (key.contains("chủ trì")) {
            return Optional.of("lead");
        }
        if (key.contains("phối hợp")) {
            return Optional.of("partners");
        }
        if (key.startsWith("sản phẩm")) {
            return Optional.of("output");
        }
        if (key.equals("nội dung nhiệm vụ") || key.equals("nhiệm vụ") || key.startsWith("nội dung nhiệm vụ")
                || key.equals("nhiệm vụ, giải pháp") || key.equals("nội dung")) {
            return Optional.of("task");
        }
        if (key.startsWith("tiêu chí") || key.equals("mã tiêu chí")) {
            return Optional.of("code");
        }
        return Optional.empty();
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
