package vn.parindex.briefings.internal;

import vn.parindex.marts.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.parindex.marts.records.GoalGap;
import vn.parindex.marts.records.GoalItem;
import vn.parindex.marts.records.GoalItems;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.briefings.data.PlanDraft;
import vn.parindex.marts.records.TargetResult;
import vn.parindex.marts.records.UnitResult;

/**
 * The draft improvement plan for year Y+1 written as the seed plans are: heading, basis ("Căn cứ …"), purpose,
 * year Y's results (overall and by domain), targets for Y+1 with what they take, tasks and organisation, then, in
 * landscape, the criteria at full marks to keep (Phụ lục 1), those that lost points (Phụ lục 2) and the task table by
 * domain (Phụ lục 3). What the software cannot know (numbers and dates of documents, signatures) is left as "…".
 */
public final class PlanDraftWriter {
    static final String BLANK = "…";
    private static final int TITLE_POINTS = 14;
    private static final int NOTE_POINTS = 11;

    private final PlanDraft draft;
    private final UnitResult unit;
    private final PlanCriteria criteria;
    private final WordDocument document;
    private final int year;
    private final int planYear;
    private boolean notPublished;

    private PlanDraftWriter(PlanDraft draft) {
        this.draft = draft;
        this.unit = draft.result();
        this.criteria = new PlanCriteria(draft);
        this.year = unit.year();
        this.planYear = draft.planYear();
        this.document = new WordDocument("Dự thảo kế hoạch cải thiện " + Labels.indexName(unit.index()) + " năm "
                + planYear + " — " + unit.unitName(), draft.snapshot());
    }

    /** The document; the caller writes and closes it. */
    public static WordDocument build(PlanDraft draft) {
        PlanDraftWriter writer = new PlanDraftWriter(draft);
        writer.heading();
        writer.purpose();
        writer.results();
        writer.targets();
        writer.tasksAndOrganisation();
        writer.signature();
        writer.document.landscapeFromHere();
        PlanAppendices appendices = new PlanAppendices(writer.document, draft, writer.criteria);
        appendices.fullMarks();
        appendices.lostPoints();
        new PlanTaskTable(writer.document, draft, writer.criteria).write();
        return writer.document;
    }

    /** "Lào Cai" → "UBND TỈNH LÀO CAI"; the national table has no issuer above the unit. */
    private String issuer() {
        if ("Việt Nam".equals(unit.province())) {
            return null;
        }
        String province = unit.province().toLowerCase(Locale.ROOT);
        boolean named = province.startsWith("tỉnh ") || province.startsWith("thành phố ");
        return ("UBND " + (named ? unit.province() : Labels.place(unit.province()))).toUpperCase(Locale.ROOT);
    }

    private void heading() {
        List<WordDocument.Line> left = new ArrayList<>();
        String issuer = issuer();
        if (issuer != null) {
            left.add(new WordDocument.Line(issuer, false, false));
        }
        left.add(new WordDocument.Line(unit.unitName().toUpperCase(Locale.ROOT), true, false));
        left.add(new WordDocument.Line("Số: " + BLANK + "/KH-" + BLANK, false, false));
        document.sideBySide(left, List.of(
                new WordDocument.Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false),
                new WordDocument.Line("Độc lập - Tự do - Hạnh phúc", true, false),
                new WordDocument.Line(unit.province() + ", ngày " + BLANK + " tháng " + BLANK + " năm " + planYear,
                        false, true)));
        document.centred(NOTE_POINTS).spacing(12, 0).italic("DỰ THẢO — lập tự động từ kết quả "
                + Labels.indexName(unit.index()) + " năm " + year + " (bản dữ liệu " + draft.snapshot().id()
                + "); các chỗ \"" + BLANK + "\" và các dòng trống để đơn vị hoàn thiện.");
        document.centred(TITLE_POINTS).spacing(12, 0).bold("KẾ HOẠCH");
        document.centred(TITLE_POINTS).bold("Duy trì, cải thiện và nâng cao " + Labels.indexName(unit.index())
                + " năm " + planYear + "\ncủa " + unit.unitName());
        document.paragraph().indented().text("Căn cứ Kế hoạch số " + BLANK + "/KH-UBND ngày " + BLANK + " của "
                + (issuer == null ? "cơ quan có thẩm quyền" : "UBND " + Labels.place(unit.province()))
                + " về duy trì, cải thiện và nâng cao " + Labels.indexName(unit.index()) + " năm " + planYear + ";");
        Provenance provenance = Provenance.orPublished(unit.provenance());
        String title = SourceTitles.citation(unit.source());
        String source = title == null ? "" : ", theo " + title;
        document.paragraph().indented().text("Căn cứ kết quả công bố " + Labels.indexName(unit.index()) + " năm "
                + year + " của các " + Labels.tier(unit.tier()) + " " + Labels.place(unit.province()) + source
                + (provenance == Provenance.PUBLISHED ? "" : " — lưu ý: kết quả của đơn vị là " + provenance.label()
                + ", không phải số công bố") + ";");
        document.paragraph().indented().text(unit.unitName() + " xây dựng Kế hoạch duy trì, cải thiện và nâng cao "
                + Labels.indexName(unit.index()) + " năm " + planYear + " như sau:");
    }

    private void section(String title) {
        document.paragraph().spacing(6, 6).bold(title);
    }

    private void purpose() {
        section("I. MỤC ĐÍCH, YÊU CẦU");
        document.paragraph().indented().text("Duy trì các tiêu chí đạt điểm tối đa năm " + year
                + ", khắc phục các tiêu chí chưa đạt điểm tối đa; phấn đấu " + Labels.indexName(unit.index())
                + " năm " + planYear + " của " + unit.unitName() + " tăng điểm và tăng hạng so với năm " + year + ".");
        document.paragraph().indented().text("Phân công rõ nhiệm vụ, đơn vị chủ trì, phối hợp và thời hạn; theo dõi "
                + "tiến độ thực hiện trong năm.");
    }

    private void results() {
        section("II. KẾT QUẢ NĂM " + year);
        document.paragraph().bold("1. Kết quả chung");
        WordParagraph overall = document.paragraph().indented().text("Năm " + year + ", " + unit.unitName()
                + " đạt ");
        overall.bold(mark(ViNumbers.of(unit.officialValue()) + "/" + scale(), unit.provenance()) + " điểm");
        if (unit.rank() != null) {
            overall.text(", xếp thứ ").bold(unit.rank() + (unit.rankOf() == null ? "" : "/" + unit.rankOf()))
                    .text(" " + Labels.tier(unit.tier()) + " " + rankBasis());
        }
        if (unit.pointsLost() != null) {
            overall.text("; số điểm chưa đạt là ").bold(ViNumbers.of(unit.pointsLost()));
            if (unit.delta() != null) {
                overall.text(" (" + (unit.delta() > 0 ? "giảm " : unit.delta() < 0 ? "tăng " : "không đổi ")
                        + (unit.delta() == 0 ? "" : ViNumbers.of(Math.abs(unit.delta())) + " điểm ") + "so với năm "
                        + (year - 1) + aside(changeProvenance()) + ")");
            }
        }
        overall.text(".");
        change();
        if (Boolean.FALSE.equals(unit.reconciled()) && unit.indexValue() != null && unit.officialValue() != null
                && Math.abs(unit.indexValue() - unit.officialValue()) >= 0.005) {
            document.paragraph().indented().text("Giá trị công bố (" + ViNumbers.of(unit.officialValue())
                    + ") khác giá trị tính lại từ điểm các lĩnh vực (" + ViNumbers.of(unit.indexValue())
                    + "); kế hoạch dùng giá trị công bố, không tự điều chỉnh số liệu.");
        }
        domainTable();
        if (notPublished) {
            document.paragraph(NOTE_POINTS).italic("Ghi chú: " + String.join("; ", Provenance.explanations()) + ".");
        }
    }

    /**
     * Where a change on year − 1 comes from: as weak as the weaker of the two years' results; a previous value
     * without a result of that year (a merged unit's predecessors' mean) is derived.
     */
    private Provenance changeProvenance() {
        Provenance now = Provenance.orPublished(unit.provenance());
        return draft.previous() == null ? now.weaker(Provenance.DERIVED)
                : now.weaker(Provenance.orPublished(draft.previous().provenance()));
    }

    /** The previous year's figures themselves (its value and rank): the previous result's provenance. */
    private Provenance previousProvenance() {
        return draft.previous() == null ? Provenance.DERIVED : Provenance.orPublished(draft.previous().provenance());
    }

    /** " — suy ra" closing an aside on a figure that is not published; "" for a published one. */
    private String aside(Provenance provenance) {
        if (provenance.published()) {
            return "";
        }
        notPublished = true;
        return " — " + provenance.label();
    }

    private String scale() {
        Double scale = IndexPoints.scale(unit);
        return scale == null ? "100" : ViNumbers.of(scale).replace(",00", "");
    }

    private String rankBasis() {
        return Ranks.PUBLISHED.equals(unit.rankBasis())
                ? "(hạng công bố; dữ liệu chỉ có một phần bảng xếp hạng)"
                : "(hạng tính theo giá trị chính thức của các đơn vị trong bảng)";
    }

    private void change() {
        if (unit.prevValue() == null && unit.prevRank() == null) {
            return;
        }
        WordParagraph change = document.paragraph().indented().text("So với năm " + (year - 1) + ": ");
        if (unit.delta() != null) {
            change.text("chỉ số " + (unit.delta() >= 0 ? "tăng " : "giảm ") + ViNumbers.of(Math.abs(unit.delta()))
                    + " điểm (năm " + (year - 1) + ": " + ViNumbers.of(unit.prevValue()) + aside(changeProvenance())
                    + ")");
        }
        if (unit.rankChange() != null) {
            int moved = unit.rankChange();
            change.text((unit.delta() != null ? "; " : "") + (moved > 0 ? "tăng " + moved + " bậc" : moved < 0
                    ? "giảm " + (-moved) + " bậc" : "giữ nguyên hạng") + " (năm " + (year - 1) + " xếp thứ "
                    + Ranks.text(unit.prevRank(), unit.prevRankOf(), null) + aside(changeProvenance()) + ")");
        } else if (unit.prevRank() != null) {
            change.text((unit.delta() != null ? "; " : "") + "năm " + (year - 1) + " xếp thứ "
                    + Ranks.text(unit.prevRank(), unit.prevRankOf(), null) + mark("", previousProvenance())
                    + " trong một bảng khác số đơn vị, nên không so sánh bậc");
        }
        change.text(".");
    }

    private String mark(String text, String provenance) {
        return mark(text, Provenance.orPublished(provenance));
    }

    /** "91,80 (suy ra)": the figure with its provenance's label when it is not published. */
    private String mark(String text, Provenance provenance) {
        String label = provenance.cellLabel();
        if (label == null) {
            return text;
        }
        notPublished = true;
        return text + " (" + label + ")";
    }

    private void domainTable() {
        List<ItemResult> domains = draft.items().stream().filter(item -> item.level() == 1).toList();
        if (domains.isEmpty()) {
            return;
        }
        document.paragraph().spacing(6, 6).bold("2. Kết quả theo lĩnh vực");
        int width = WordDocument.portraitWidth();
        WordTable table = document.table(new int[] {600, width - 600 - 4 * 1250, 1250, 1250, 1250, 1250}, "TT",
                "Lĩnh vực", "Điểm tối đa", "Điểm đạt", "Điểm chưa đạt", "Thay đổi so với năm " + (year - 1));
        int number = 1;
        for (ItemResult domain : domains) {
            table.row(ViNumbers.roman(number++), domain.name() + (domain.survey() ? " (Điều tra XHH)" : ""),
                    ViNumbers.of(domain.maxPoints()), mark(ViNumbers.of(domain.score()), domain.provenance()),
                    ViNumbers.of(domain.pointsLost()), domain.deltaPoints() == null ? ViNumbers.signed(null)
                            : mark(ViNumbers.signed(domain.deltaPoints()), deltaProvenance(domain)));
        }
    }

    /** A domain's change on year − 1: as weak as the weaker of its two scores (last year's found by code, then name). */
    private Provenance deltaProvenance(ItemResult domain) {
        ItemResult before = draft.previousDomains().stream().filter(d -> d.code().equals(domain.code())).findFirst()
                .or(() -> draft.previousDomains().stream().filter(d -> d.name() != null
                        && d.name().equals(domain.name())).findFirst())
                .orElse(null);
        Provenance now = Provenance.orPublished(domain.provenance());
        return before == null ? now.weaker(previousProvenance()) : now.weaker(Provenance.orPublished(before.provenance()));
    }

    private void targets() {
        section("III. CHỈ TIÊU NĂM " + planYear);
        document.paragraph().bold("1. Chỉ tiêu chung");
        List<GoalGap> goals = draft.goals();
        if (goals.isEmpty()) {
            document.paragraph().indented().text(unit.rank() != null && unit.rank() == 1
                    ? "Năm " + year + " đơn vị đứng đầu bảng xếp hạng: chỉ tiêu là giữ vị trí và tăng điểm."
                    : "Chưa có số liệu để tính khoảng cách đến hạng kế tiếp; đơn vị xác định chỉ tiêu: " + BLANK);
        } else {
            document.paragraph().indented().text("Những gì cần để đạt từng mục tiêu (tính từ kết quả năm " + year
                    + "; điểm mục có thể khắc phục là phần còn thiếu so với điểm tối đa năm " + planYear
                    + " khi đã có bộ tiêu chí năm " + planYear + ", nếu chưa có thì điểm chưa đạt năm " + year
                    + ", ở các tiêu chí đơn vị tự đánh giá, không kể điều tra xã hội học):");
            int width = WordDocument.portraitWidth();
            WordTable table = document.table(new int[] {width - 5 * 1300, 1300, 1300, 1300, 1300, 1300}, "Mục tiêu",
                    "Giá trị cần đạt", "Cần thêm (điểm chỉ số)", "Cần thêm (điểm tiêu chí)",
                    "Có thể khắc phục (điểm tiêu chí)", "Đánh giá");
            for (GoalGap goal : goals) {
                table.row(PlanPhrases.goal(goal), ViNumbers.of(goal.goalValue()),
                        ViNumbers.of(goal.neededIndexPoints()), ViNumbers.of(goal.neededItemPoints()),
                        ViNumbers.of(goal.recoverableItemPoints()), PlanPhrases.reachable(goal.reachable()));
            }
        }
        goalYearMaxima();
        document.paragraph().bold("2. Chỉ tiêu cụ thể");
        for (ItemResult domain : draft.items().stream().filter(item -> item.level() == 1).toList()) {
            List<TargetResult> targets = criteria.targetsFor(domain.code());
            Double nextMax = criteria.nextMaximum(domain);
            String goal;
            if (!targets.isEmpty()) {
                goal = String.join("; ", targets.stream().map(PlanPhrases::target).toList()) + " (theo kế hoạch)";
            } else if (nextMax != null) {
                goal = "đạt tối đa theo quy định " + ViNumbers.of(nextMax) + "/" + ViNumbers.of(nextMax) + " điểm"
                        + PlanPhrases.PROPOSED;
            } else {
                goal = PlanPhrases.proposal(domain);
            }
            String changed = nextMax != null && domain.maxPoints() != null
                    && Math.abs(nextMax - domain.maxPoints()) >= 0.005 ? " (điểm tối đa đổi từ "
                    + ViNumbers.of(domain.maxPoints()) + " sang " + ViNumbers.of(nextMax) + ")" : "";
            document.paragraph().indented().text("- Lĩnh vực \u201C" + domain.name() + "\u201D: năm " + year + " đạt "
                    + mark(ViNumbers.of(domain.score()), domain.provenance()) + "/" + ViNumbers.of(domain.maxPoints())
                    + " điểm. Mục tiêu năm " + planYear + ": " + goal + changed + ".");
        }
    }

    /**
     * Which assessed items change maximum in the plan year and how that moves what can be regained (goal_items); a
     * snapshot without that mart says nothing more than the goal gaps' totals.
     */
    private void goalYearMaxima() {
        if (draft.goalItems() == null) {
            return;
        }
        String changes = GoalItems.changes(draft.goalItems(), year, ViNumbers::of);
        if (changes == null) {
            return;
        }
        Provenance weakest = Provenance.weakest(draft.goalItems().stream().map(GoalItem::provenance).toList());
        document.paragraph().indented().text(changes + (weakest.published() ? ""
                : " Điểm các tiêu chí là " + weakest.label() + "."));
    }

    private void tasksAndOrganisation() {
        section("IV. NHIỆM VỤ, GIẢI PHÁP");
        int kept = criteria.fullMarks().size();
        int fix = criteria.lostPoints().size();
        document.paragraph().indented().text("Duy trì " + kept + " tiêu chí đạt điểm tối đa năm " + year
                + " (Phụ lục 1); khắc phục " + fix + " tiêu chí chưa đạt điểm tối đa với tổng "
                + ViNumbers.of(criteria.pointsLost()) + " điểm tiêu chí chưa đạt, trong đó "
                + ViNumbers.of(criteria.surveyPointsLost()) + " điểm ở các tiêu chí điều tra xã hội học (Phụ lục 2). "
                + "Nhiệm vụ cụ thể theo từng lĩnh vực tại Phụ lục 3.");
        section("V. TỔ CHỨC THỰC HIỆN");
        document.paragraph().indented().text(BLANK + " chủ trì, đầu mối tham mưu triển khai Kế hoạch; theo dõi tiến "
                + "độ các nhiệm vụ, báo cáo lãnh đạo khi có khó khăn, vướng mắc.");
        document.paragraph().indented().text("Các phòng, đơn vị căn cứ nhiệm vụ được giao tổ chức thực hiện và báo "
                + "cáo kết quả đúng thời hạn./.");
    }

    private void signature() {
        document.sideBySide(List.of(new WordDocument.Line("Nơi nhận:", true, false),
                        new WordDocument.Line("- Sở Nội vụ;", false, false),
                        new WordDocument.Line("- Lưu: VT.", false, false)),
                List.of(new WordDocument.Line("THỦ TRƯỞNG ĐƠN VỊ", true, false),
                        new WordDocument.Line("\n\n" + BLANK, false, false)));
    }
}
