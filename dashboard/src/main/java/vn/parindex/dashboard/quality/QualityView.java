package vn.parindex.dashboard.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.parindex.dashboard.snapshot.Manifest;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Formats;
import vn.parindex.dashboard.web.Provenance;
import vn.parindex.dashboard.web.Html;
import vn.parindex.dashboard.web.Page;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.dashboard.web.Url;
import vn.parindex.dashboard.web.View;

/** View 5: the snapshot served, quarantined files and why, published figures that do not reconcile. */
public final class QualityView implements View {
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
        DataTable counts = new DataTable("so-dong", "Số dòng theo bảng", "Bảng", "Số dòng");
        manifest.rowCounts().forEach((table, count) -> counts.row(Cell.text(table), Cell.number(count)));
        page.table(counts);
        page.table(provenanceCounts(snapshot));

        List<Row> issues = snapshot.table("quality_issues").rows();
        DataTable quarantined = new DataTable("tep-bi-cach-ly", "Tệp bị cách ly (không dùng dòng nào của tệp)",
                "Tệp", "Lý do");
        for (String file : manifest.quarantinedFiles()) {
            quarantined.row(Cell.text(file), Cell.text(issues.stream().filter(i -> file.equals(i.str("file")))
                    .filter(i -> "error".equals(i.str("severity")))
                    .map(i -> "dòng " + i.str("line") + ", cột " + i.str("column") + ": "
                            + RuleMessages.message(i.str("rule")))
                    .collect(Collectors.joining("; "))));
        }
        page.table(quarantined);

        DataTable unreconciled = new DataTable("khong-khop", "Tổng điểm công bố không khớp với điểm tính lại",
                "Tỉnh", "Năm", "Chỉ số", "Đơn vị", "Tính lại từ điểm thành phần", "Công bố", "Chênh lệch (công bố − tính lại)",
                "Xếp hạng", "Xếp hạng công bố", "Nguồn số liệu");
        snapshot.unreconciled().forEach(r -> unreconciled.row(Cell.text(r.str("province")),
                Cell.number(r.integer("year")), Cell.text(r.str("index")), UnitLinks.name(r),
                new Cell(Figures.withScale(r, r.number("index_value")), Formats.csv(r.number("index_value")), null, "num"),
                new Cell(Figures.withScale(r, r.number("reported_total")), Formats.csv(r.number("reported_total")), null,
                        "num"),
                Cell.signed(r.number("reported_total") == null || r.number("index_value") == null ? null
                        : r.number("reported_total") - r.number("index_value")),
                UnitLinks.rank(r), Cell.number(r.integer("reported_rank")), UnitLinks.provenance(r)));
        page.table(unreconciled);

        DataTable all = new DataTable("van-de", "Mọi vấn đề đã ghi nhận", "Mức độ", "Tệp", "Dòng", "Cột",
                "Quy tắc", "Nội dung", "Xử lý");
        issues.forEach(i -> all.row(Cell.text(RuleMessages.severity(i.str("severity"))), Cell.text(i.str("file")),
                Cell.text(i.str("line")), Cell.text(i.str("column")), Cell.text(i.str("rule")).withClass("mono"),
                Cell.text(RuleMessages.message(i.str("rule"))).withTitle(i.str("message")),
                Cell.text(RuleMessages.action(i.str("action")))));
        return page.table(all);
    }

    /** How many unit-year results are published, derived, third-party or synthetic. */
    private static DataTable provenanceCounts(Snapshot snapshot) {
        Map<String, Long> counts = snapshot.table("unit_year").rows().stream().collect(Collectors.groupingBy(
                r -> r.str("provenance") == null ? Provenance.PUBLISHED : r.str("provenance"), Collectors.counting()));
        DataTable table = new DataTable("nguon-goc", "Kết quả đơn vị theo năm, theo nguồn gốc số liệu", "Nguồn gốc",
                "Mã", "Số dòng");
        List<String> kinds = new ArrayList<>(Provenance.ORDER);
        counts.keySet().stream().filter(k -> !kinds.contains(k)).sorted().forEach(kinds::add);
        for (String kind : kinds) {
            table.row(Cell.text(Provenance.label(kind)), Cell.text(kind).withClass("mono"),
                    Cell.number(counts.getOrDefault(kind, 0L)));
        }
        return table;
    }
}
