package vn.parindex.briefings.internal;

import vn.parindex.text.Codes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.parindex.briefings.data.PlanDraft;
import vn.parindex.marts.records.PlanTask;

/**
 * Phụ lục 3 of a draft plan: the task table of the seeds (STT, Nội dung nhiệm vụ, Sản phẩm đầu ra, Chủ trì, Phối
 * hợp, Thời gian thực hiện), one group per domain (I, II, …; tasks for the plan as a whole first), pre-filled with
 * the unit's tasks and followed by empty rows to fill in: at least one per domain, three for a domain with no task.
 */
final class PlanTaskTable {
    static final String[] HEADERS = {"STT", "Nội dung nhiệm vụ", "Sản phẩm đầu ra", "Chủ trì", "Phối hợp",
        "Thời gian thực hiện"};
    private static final int ROWS_PER_DOMAIN = 3;
    private static final int[] WIDTHS = {700, 4870, 2800, 2000, 2400, 1800};

    private final WordDocument document;
    private final PlanDraft draft;
    private final PlanCriteria criteria;

    PlanTaskTable(WordDocument document, PlanDraft draft, PlanCriteria criteria) {
        this.document = document;
        this.draft = draft;
        this.criteria = criteria;
    }

    void write() {
        PlanAppendices.title(document, draft, 3, "NHIỆM VỤ, GIẢI PHÁP DUY TRÌ, CẢI THIỆN, NÂNG CAO "
                + Labels.indexName(draft.result().index()).toUpperCase(Locale.ROOT) + " NĂM " + draft.planYear(), true);
        document.paragraph(11).italic(source());
        WordTable table = document.table(WIDTHS, HEADERS);
        Map<String, List<PlanTask>> groups = groups();
        int domain = 0;
        for (Map.Entry<String, List<PlanTask>> group : groups.entrySet()) {
            boolean general = group.getKey().equals(PlanCriteria.GENERAL);
            table.group(general ? "" : ViNumbers.roman(++domain), general ? "NHIỆM VỤ CHUNG"
                    : criteria.domainName(group.getKey()).toUpperCase(Locale.ROOT));
            int number = 1;
            for (PlanTask task : group.getValue()) {
                table.row(number++ + ".", task.task(), task.output(), task.lead(), task.partners(), task.deadline());
            }
            int empty = Math.max(1, ROWS_PER_DOMAIN - group.getValue().size());
            for (int i = 0; i < empty; i++) {
                table.row(number++ + ".");
            }
        }
    }

    private String source() {
        if (draft.taskYear() == null) {
            return "Đơn vị chưa có nhiệm vụ trong dữ liệu: các dòng trống để bổ sung nhiệm vụ theo từng lĩnh vực.";
        }
        String from = draft.tasksCarriedOver()
                ? "chép từ kế hoạch năm " + draft.taskYear() + " (chưa có kế hoạch năm " + draft.planYear()
                        + "; cần rà soát nội dung và thời hạn)"
                : "lấy từ kế hoạch năm " + draft.planYear() + " đã nhập";
        return "Các nhiệm vụ đã điền (" + draft.tasks().size() + ") " + from
                + "; các dòng trống để bổ sung. Thời gian thực hiện ghi như trong kế hoạch.";
    }

    /** Tasks by domain: the plan as a whole first, then every domain of either year's tree in code order. */
    private Map<String, List<PlanTask>> groups() {
        Map<String, List<PlanTask>> groups = new LinkedHashMap<>();
        List<PlanTask> general = draft.tasks().stream()
                .filter(task -> PlanCriteria.domainOf(task.code()).equals(PlanCriteria.GENERAL)).toList();
        if (!general.isEmpty()) {
            groups.put(PlanCriteria.GENERAL, general);
        }
        List<String> domains = new ArrayList<>(criteria.domainCodes());
        draft.tasks().stream().map(task -> PlanCriteria.domainOf(task.code()))
                .filter(code -> !code.equals(PlanCriteria.GENERAL) && !domains.contains(code))
                .distinct().sorted(Codes.ORDER).forEach(domains::add);
        for (String code : domains) {
            groups.put(code, draft.tasks().stream()
                    .filter(task -> PlanCriteria.domainOf(task.code()).equals(code)).toList());
        }
        return groups;
    }
}
