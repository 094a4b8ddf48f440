package vn.parindex.dashboard.quality;

import vn.parindex.marts.Provenance;
import vn.parindex.marts.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.parindex.dashboard.snapshot.QualityIssues;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.ClientError;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Formats;
import vn.parindex.dashboard.web.Html;
import vn.parindex.dashboard.web.Page;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.dashboard.web.Url;
import vn.parindex.dashboard.web.View;
import vn.parindex.marts.DeliveryStatus;
import vn.parindex.marts.Manifest;

/**
 * View 5: the snapshot served, the last delivery of the subscriptions' mails, quarantined files and why, published
 * figures that do not reconcile.
 */
public final class QualityView implements View {
    private final Supplier<Optional<DeliveryStatus>> delivery;

    /** @param delivery the last delivery's status (outbox/status.json of the warehouse), read on each request */
    public QualityView(Supplier<Optional<DeliveryStatus>> delivery) {
        this.delivery = delivery;
    }

    public QualityView() {
        this(Optional::empty);
    }

    @Override
    public Page build(Snapshot snapshot, Params params) {
        Manifest manifest = snapshot.manifest();
        Page page = new Page("Chất lượng dữ liệu", Url.of("quality"));
        page.body().append(new Html().open("dl", "class", "facts")
                .element("dt", "Bản dữ liệu").element("dd", manifest.id())
                .element("dt", "Thời điểm tạo").element("dd", manifest.createdAt())
                .element("dt", "Dấu vân tay đầu vào").element("dd", manifest.fingerprint(), "class", "mono")
                .element("dt", "Phiên bản").element("dd", manifest.productVersion())
                .element("dt", "Số tệp đầu vào").element("dd", manifest.inputFiles().size())
                .close("dl"));
        delivery.get().ifPresent(status -> page.body().append(DeliveryFacts.of(status)));
        DataTable counts = new DataTable("so-dong", "Số dòng theo bảng", "Bảng", "Số dòng");
        manifest.rowCounts().forEach((table, count) -> counts.row(Cell.text(table), Cell.number(count)));
        page.table(counts);
        page.table(provenanceCounts(snapshot));

        QualityIssues issues = snapshot.qualityIssues();
        DataTable quarantined = new DataTable("tep-bi-cach-ly", "Tệp bị cách ly (không dùng dòng nào của tệp)",
                "Tệp", "Số lỗi", "Lý do (các lỗi đầu tiên)");
        for (String file : manifest.quarantinedFiles()) {
            QualityIssues.FileErrors errors = issues.errors(file);
            quarantined.row(Cell.text(file), Cell.number(errors.count()), Cell.text(errors.first().stream()
                    .map(i -> "dòng " + i.get(Columns.LINE) + ", cột " + i.get(Columns.COLUMN) + ": "
                            + RuleMessages.message(i.get(Columns.RULE)))
                    .collect(Collectors.joining("; ")) + (errors.count() > errors.first().size() ? "; …" : "")));
        }
        page.table(quarantined);
        DataTable byRule = new DataTable("theo-quy-tac", "Số vấn đề theo quy tắc", "Quy tắc", "Nội dung", "Số vấn đề");
        issues.byRule().forEach((rule, count) -> byRule.row(Cell.text(rule).withClass("mono"),
                Cell.text(RuleMessages.message(rule)), Cell.number(count)));
        page.table(byRule);

        DataTable unreconciled = new DataTable("khong-khop", "Tổng điểm công bố không khớp với điểm tính lại",
                "Tỉnh", "Năm", "Chỉ số", "Đơn vị", "Tính lại từ điểm thành phần", "Công bố", "Chênh lệch (công bố − tính lại)",
                "Xếp hạng", "Xếp hạng công bố", "Nguồn số liệu");
        snapshot.unreconciled().forEach(r -> unreconciled.row(Cell.text(r.get(Columns.PROVINCE)),
                Cell.number(r.get(Columns.YEAR)), Cell.text(r.get(Columns.INDEX)), UnitLinks.name(r),
                new Cell(Figures.withScale(r, r.get(Columns.INDEX_VALUE)), Formats.csv(r.get(Columns.INDEX_VALUE)), null, "num"),
                new Cell(Figures.withScale(r, r.get(Columns.REPORTED_TOTAL)), Formats.csv(r.get(Columns.REPORTED_TOTAL)), null,
                        "num"),
                Cell.signed(r.get(Columns.REPORTED_TOTAL) == null || r.get(Columns.INDEX_VALUE) == null ? null
                        : r.get(Columns.REPORTED_TOTAL) - r.get(Columns.INDEX_VALUE)),
                UnitLinks.rank(r), Cell.number(r.get(Columns.REPORTED_RANK)), UnitLinks.provenance(r)));
        page.table(unreconciled);

        int pageNumber = pageNumber(params, issues);
        List<MartRow> shown = readPage(issues, pageNumber);
        DataTable all = new DataTable("van-de", "Mọi vấn đề đã ghi nhận — trang " + (pageNumber + 1) + "/"
                + Math.max(1, issues.pages()) + " (" + issues.total() + " vấn đề, " + QualityIssues.PAGE_SIZE
                + " mỗi trang)", "Mức độ", "Tệp", "Dòng", "Cột", "Quy tắc", "Nội dung", "Xử lý");
        pageLinks(page, pageNumber, issues.pages());
        shown.forEach(i -> all.row(Cell.text(RuleMessages.severity(i.get(Columns.SEVERITY))), Cell.text(i.get(Columns.FILE)),
                Cell.text(i.get(Columns.LINE)), Cell.text(i.get(Columns.COLUMN)), Cell.text(i.get(Columns.RULE)).withClass("mono"),
                Cell.text(RuleMessages.message(i.get(Columns.RULE), i.get(Columns.MESSAGE))).withTitle(i.get(Columns.MESSAGE)),
                Cell.text(RuleMessages.action(i.get(Columns.RULE), i.get(Columns.ACTION)))));
        return page.table(all);
    }

    /** ?page=N (1-based) within the report's pages; 400 for anything else. */
    private static int pageNumber(Params params, QualityIssues issues) {
        String given = params.optional("page");
        if (given == null) {
            return 0;
        }
        try {
            int page = Integer.parseInt(given);
            if (page >= 1 && page <= Math.max(1, issues.pages())) {
                return page - 1;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ClientError.badRequest("trang '" + given + "' không có (1–" + Math.max(1, issues.pages()) + ")");
    }

    private static List<MartRow> readPage(QualityIssues issues, int page) {
        try {
            return issues.page(page);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void pageLinks(Page page, int current, int pages) {
        if (pages <= 1) {
            return;
        }
        Html links = new Html().open("p", "class", "pager");
        if (current > 0) {
            links.element("a", "◀ Trang trước", "href", Url.of("quality").param("page", current).toString());
        }
        links.text(" Trang " + (current + 1) + "/" + pages + " ");
        if (current + 1 < pages) {
            links.element("a", "Trang sau ▶", "href",
                    Url.of("quality").param("page", current + 2).toString());
        }
        page.body().append(links.close("p"));
    }

    /** How many unit-year results are published, derived, third-party or synthetic. */
    private static DataTable provenanceCounts(Snapshot snapshot) {
        Map<String, Long> counts = snapshot.allUnitYears().stream().collect(Collectors.groupingBy(
                r -> r.get(Columns.PROVENANCE) == null ? Provenance.PUBLISHED.code() : r.get(Columns.PROVENANCE),
                Collectors.counting()));
        DataTable table = new DataTable("nguon-goc", "Kết quả đơn vị theo năm, theo nguồn gốc số liệu", "Nguồn gốc",
                "Mã", "Số dòng");
        List<String> kinds = new ArrayList<>(java.util.Arrays.stream(Provenance.values()).map(Provenance::code).toList());
        counts.keySet().stream().filter(k -> !kinds.contains(k)).sorted().forEach(kinds::add);
        for (String kind : kinds) {
            table.row(Cell.text(Provenance.orPublished(kind).label()), Cell.text(kind).withClass("mono"),
                    Cell.number(counts.getOrDefault(kind, 0L)));
        }
        return table;
    }
}
