package vn.parindex.dashboard.comparison;

import vn.parindex.marts.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.dashboard.chart.ChartSize;
import vn.parindex.dashboard.chart.Series;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.UnitYearKey;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.ChartLabels;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Formats;
import vn.parindex.dashboard.web.Labels;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.DomainMatrix;
import vn.parindex.dashboard.web.Html;
import vn.parindex.dashboard.web.Page;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.dashboard.web.Url;
import vn.parindex.dashboard.web.View;

/** View 3: the same kind of department across provinces and years. */
public final class ComparisonView implements View {
    @Override
    public Page build(Snapshot snapshot, Params params) {
        if (params.optional("type") == null && params.all("unit").isEmpty()) {
            return chooser(snapshot);
        }
        ComparisonChoice choice = ComparisonChoice.resolve(snapshot, params);
        String subject = choice.type() != null ? "loại " + choice.type() : choice.unitIds().size() + " đơn vị";
        Page page = new Page("So sánh " + subject + " — " + choice.index(), choice.url());
        page.body().append(yearChips(choice));
        page.download(choice.exportUrl().toString(), "Tải bảng so sánh (Excel)");

        List<ComparisonLine> lines = ComparisonLine.of(snapshot, choice);
        if (lines.size() > ComparisonLine.MAX_COLOURED) {
            page.note(lines.size() + " đường: " + (choice.unitIds().isEmpty()
                    ? ComparisonLine.MAX_COLOURED + " đơn vị có chỉ số cao nhất năm cuối được tô màu, các đơn vị khác màu xám;"
                    + " chọn đơn vị trong bảng để tô màu."
                    : "các đơn vị đã chọn được tô màu, các đơn vị khác màu xám."));
        }
        List<String> years = choice.years().stream().map(String::valueOf).toList();
        List<Series> series = new ArrayList<>();
        List<Boolean> coloured = new ArrayList<>();
        List<String> headers = new ArrayList<>(List.of("Đơn vị", "Tỉnh"));
        years.forEach(headers::add);
        headers.add("Nguồn số liệu");
        headers.add("Tô màu");
        DataTable table = new DataTable("so-sanh", "Chỉ số " + choice.index() + " theo năm",
                headers.toArray(String[]::new));
        List<MartRow> all = new ArrayList<>();
        for (ComparisonLine line : lines) {
            series.add(new Series(line.label() + line.tag(), years, choice.years().stream().map(line::value).toList()));
            coloured.add(line.coloured());
            List<Cell> cells = new ArrayList<>(List.of(Cell.link(line.label(), UnitLinks.unit(line.lastUnitId(),
                    choice.index(), null).toString()), Cell.text(line.province())));
            choice.years().forEach(y -> cells.add(new Cell(line.value(y) == null ? Formats.number(null)
                    : Figures.withScale(line.any(), line.value(y)), Formats.csv(line.value(y)), null, "num")
                    .from(line.provenance(y), line.source(y))));
            cells.add(Cell.provenanceOf(line.weakest(), null));
            cells.add(Cell.link(choice.type() == null ? "bỏ khỏi so sánh" : line.chosen() ? "bỏ chọn" : "chọn",
                    line.toggleUrl(choice).toString()));
            table.row(cells.toArray(Cell[]::new));
            all.addAll(line.rows());
        }
        String axis = Labels.valueAxis(choice.index(), lines.isEmpty() ? null : Figures.scale(lines.get(0).any()));
        String title = ChartLabels.titled("Chỉ số " + choice.index() + " — " + subject, all);
        page.chart("chi-so", "Chỉ số " + choice.index() + " qua các năm", (charts, format) -> charts.lines(
                title, axis, series, coloured, format, ChartSize.DEFAULT));
        page.table(table);

        page.heading("Tỷ lệ đạt theo lĩnh vực năm " + choice.heatmapYear());
        List<MartRow> ofYear = choice.rows().stream().filter(r -> r.get(Columns.YEAR) == choice.heatmapYear()).toList();
        DomainMatrix matrix = domainMatrix(snapshot, choice, ofYear);
        if (!matrix.isEmpty()) {
            page.chart("linh-vuc", "Tỷ lệ đạt (%) theo lĩnh vực năm " + choice.heatmapYear(),
                    matrix.heatmap("Tỷ lệ đạt (%) theo lĩnh vực — " + choice.heatmapYear()));
        }
        return page.table(matrix.table("linh-vuc", "Tỷ lệ đạt (%) theo lĩnh vực", "Đơn vị"));
    }

    /**
     * A unit type's domains come from its domain_year partition (one small read, not every province's components);
     * units of another type in the comparison (a predecessor, a chosen unit) and older snapshots from components.
     */
    private static DomainMatrix domainMatrix(Snapshot snapshot, ComparisonChoice choice, List<MartRow> ofYear) {
        Optional<Map<UnitYearKey, List<MartRow>>> ofType = snapshot.domainsOfType(choice.type(), choice.heatmapYear());
        if (ofType.isEmpty()) {
            return new DomainMatrix(snapshot, ofYear, ComparisonView::label);
        }
        var fromComponents = DomainMatrix.fromComponents(snapshot);
        return new DomainMatrix(ofYear, unitYear -> choice.type().equals(unitYear.get(Columns.UNIT_TYPE))
                ? ofType.get().getOrDefault(UnitYearKey.of(unitYear), List.of()) : fromComponents.apply(unitYear),
                ComparisonView::label);
    }

    private static String label(MartRow unitYear) {
        return unitYear.get(Columns.UNIT_NAME) + " (" + unitYear.get(Columns.PROVINCE) + ")";
    }

    private static Html yearChips(ComparisonChoice choice) {
        Html out = new Html().open("div", "class", "chips").element("span", "Bản đồ nhiệt năm:");
        for (int year : choice.years()) {
            out.link(choice.url(year).toString(), String.valueOf(year), "class", year == choice.heatmapYear() ? "chip current" : "chip");
        }
        return out.close("div");
    }

    private static Page chooser(Snapshot snapshot) {
        Page page = new Page("So sánh giữa các tỉnh", Url.of("compare"));
        page.note("Chọn một loại đơn vị: mọi đơn vị cùng loại ở các tỉnh được so sánh qua các năm.");
        DataTable types = new DataTable("loai-don-vi", "Loại đơn vị", "Loại đơn vị", "Các đơn vị");
        for (String type : snapshot.unitTypes()) {
            String names = String.join("; ", snapshot.unitYearsOfType(type).stream()
                    .map(ComparisonView::label).distinct().toList());
            types.row(Cell.link(type, Url.of("compare").param("type", type).toString()), Cell.text(names));
        }
        return page.table(types);
    }
}
