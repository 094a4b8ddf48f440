package vn.parindex.dashboard.quality;

import java.util.List;
import java.util.stream.Collectors;
import vn.parindex.dashboard.snapshot.Manifest;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;
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

        List<Row> issues = snapshot.table("quality_issues").rows();
        DataTable quarantined = new DataTable("tep-bi-cach-ly", "Tệp bị cách ly (không dùng dòng nào của tệp)",
                "Tệp", "Lý do");
        for (String file : manifest.quarantinedFiles()) {
            quarantined.row(Cell.text(file), Cell.text(issues.stream().filter(i -> file.equals(i.str("file")))
                    .filter(i -> "error".equals(i.str("severity")))
                    .map(i -> "dòng " + i.str("line") + ", cột " + i.str("column") + ": " + i.str("message"))
                    .collect(Collectors.joining("; "))));
        }
        page.table(quarantined);

        DataTable unreconciled = new DataTable("khong-khop", "Tổng điểm hoặc thứ hạng công bố không khớp",
                "Tỉnh", "Năm", "Chỉ số", "Đơn vị", "Chỉ số tính lại", "Tổng điểm công bố", "Xếp hạng",
                "Xếp hạng công bố");
        snapshot.unreconciled().forEach(r -> unreconciled.row(Cell.text(r.str("province")),
                Cell.number(r.integer("year")), Cell.text(r.str("index")), UnitLinks.name(r),
                Cell.number(r.number("official_value")), Cell.number(r.number("reported_total")),
                Cell.number(r.integer("rank")), Cell.number(r.integer("reported_rank"))));
        page.table(unreconciled);

        DataTable all = new DataTable("van-de", "Mọi vấn đề đã ghi nhận", "Mức độ", "Tệp", "Dòng", "Cột",
                "Quy tắc", "Nội dung", "Xử lý");
        issues.forEach(i -> all.row(Cell.text(i.str("severity")), Cell.text(i.str("file")), Cell.text(i.str("line")),
                Cell.text(i.str("column")), Cell.text(i.str("rule")), Cell.text(i.str("message")),
                Cell.text(i.str("action"))));
        return page.table(all);
    }
}
