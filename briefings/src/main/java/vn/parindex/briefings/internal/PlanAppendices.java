package vn.parindex.briefings.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.briefings.data.PlanDraft;
import vn.parindex.marts.records.PlanTask;
import vn.parindex.marts.records.TargetResult;

/**
 * The criteria appendices of a draft plan, as seed 002 has them: Phụ lục 1, the criteria at full marks in year Y to
 * keep in Y+1; Phụ lục 2, those below full marks with the points lost. Grouped by domain (I, II, …), each with next
 * year's target (the plan's, else the draft's proposal, marked) and the tasks already planned for it.
 */
final class PlanAppendices {
    private static final int NUMBER = 700;
    private static final int LISTED_TASKS = 2;

    private final WordDocument document;
    private final PlanDraft draft;
    private final PlanCriteria criteria;

    PlanAppendices(WordDocument document, PlanDraft draft, PlanCriteria criteria) {
        this.document = document;
        this.draft = draft;
        this.criteria = criteria;
    }

    /** An appendix's title block: "Phụ lục N", its title, what it is attached to. */
    static void title(WordDocument document, PlanDraft draft, int number, String title, boolean newPage) {
        WordParagraph heading = document.centred(WordDocument.BODY_POINTS).bold("Phụ lục " + number);
        if (newPage) {
            heading.paragraph().setPageBreak(true);
        }
        document.centred(WordDocument.BODY_POINTS).bold(title);
        document.centred(WordDocument.BODY_POINTS).italic("(Kèm theo Kế hoạch số " + PlanDraftWriter.BLANK
                + "/KH-" + PlanDraftWriter.BLANK + " ngày " + PlanDraftWriter.BLANK + " của "
                + draft.result().unitName() + ")");
    }

    void fullMarks() {
        int year = draft.result().year();
        title(document, draft, 1, "CÁC TIÊU CHÍ ĐẠT ĐIỂM TỐI ĐA NĂM " + year + " CẦN DUY TRÌ NĂM " + draft.planYear(),
                false);
        List<ItemResult> items = criteria.fullMarks();
        if (items.isEmpty()) {
            document.paragraph().text("Năm " + year + " không có tiêu chí nào đạt điểm tối đa.");
            return;
        }
        int width = WordDocument.landscapeWidth();
        WordTable table = document.table(new int[] {NUMBER, 5600, 1400, 3000, width - NUMBER - 5600 - 1400 - 3000},
                "TT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa năm " + year,
                "Mục tiêu năm " + draft.planYear(), "Nhiệm vụ, giải pháp đã có trong kế hoạch");
        rows(items, (number, item) -> table.row(number, PlanPhrases.criterion(item),
                ViNumbers.of(item.maxPoints()), target(item), tasks(item)), table);
    }

    void lostPoints() {
        int year = draft.result().year();
        title(document, draft, 2, "CÁC TIÊU CHÍ CHƯA ĐẠT ĐIỂM TỐI ĐA NĂM " + year + ", MỤC TIÊU NĂM "
                + draft.planYear(), true);
        List<ItemResult> items = criteria.lostPoints();
        if (items.isEmpty()) {
            document.paragraph().text("Năm " + year + " không có tiêu chí nào bị mất điểm.");
            return;
        }
        int width = WordDocument.landscapeWidth();
        WordTable table = document.table(new int[] {NUMBER, 4400, 1100, 1300, 1200, 2700,
            width - NUMBER - 4400 - 1100 - 1300 - 1200 - 2700}, "TT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
                "Điểm tối đa", "Điểm đạt", "Điểm chưa đạt", "Mục tiêu năm " + draft.planYear(),
                "Nhiệm vụ, giải pháp đã có trong kế hoạch");
        rows(items, (number, item) -> table.row(number, PlanPhrases.criterion(item), ViNumbers.of(item.maxPoints()),
                PlanPhrases.value(item.score(), item.provenance()), ViNumbers.of(item.pointsLost()), target(item),
                tasks(item)), table);
        document.paragraph(11).italic("Tổng điểm chưa đạt: " + ViNumbers.of(criteria.pointsLost())
                + " điểm tiêu chí, trong đó " + ViNumbers.of(criteria.surveyPointsLost()) + " điểm ở các tiêu chí "
                + "điều tra xã hội học (Điều tra XHH), không do đơn vị tự chấm.");
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(String number, ItemResult item);
    }

    /** Domain group rows (I, II, …) and the items under each, numbered from 1 within the domain. */
    private void rows(List<ItemResult> items, RowWriter writer, WordTable table) {
        Map<String, List<ItemResult>> groups = PlanCriteria.byDomain(items);
        List<String> domains = criteria.domainCodes();
        for (Map.Entry<String, List<ItemResult>> group : groups.entrySet()) {
            int position = domains.indexOf(group.getKey());
            table.group(ViNumbers.roman(position < 0 ? domains.size() + 1 : position + 1),
                    criteria.domainName(group.getKey()).toUpperCase(java.util.Locale.ROOT));
            int number = 1;
            for (ItemResult item : group.getValue()) {
                writer.write(String.valueOf(number++), item);
            }
        }
    }

    private String target(ItemResult item) {
        List<TargetResult> targets = criteria.targetsFor(item.code());
        if (targets.isEmpty()) {
            return PlanPhrases.proposal(item);
        }
        return targets.stream().map(PlanPhrases::target).collect(Collectors.joining("; "));
    }

    /** Up to two planned tasks in full; more are counted and found in Phụ lục 3, so the appendix stays short. */
    private String tasks(ItemResult item) {
        List<PlanTask> tasks = criteria.tasksFor(item.code());
        if (tasks.isEmpty()) {
            return null;
        }
        if (tasks.size() > LISTED_TASKS) {
            return tasks.size() + " nhiệm vụ (Phụ lục 3, lĩnh vực \u201C" + criteria.domainName(
                    PlanCriteria.domainOf(item.code())) + "\u201D)";
        }
        return tasks.stream().map(task -> "- " + task.task()).collect(Collectors.joining("\n"));
    }
}
