package vn.parindex.dashboard.web;

import vn.parindex.marts.Columns;
import vn.parindex.text.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.dashboard.chart.ChartSize;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.UnitYearKey;

/**
 * Attainment of each domain (level-1 item) for a list of unit-years: the rows of a heatmap and of its
 * table. Domains are matched by name (NFC, case-folded), not by code, as provinces and years number them
 * differently; columns come in the order first met; a unit without a domain has a blank cell.
 */
public final class DomainMatrix {
    private final List<String> rowLabels = new ArrayList<>();
    private final List<MartRow> units = new ArrayList<>();
    private final Map<String, String> domains = new LinkedHashMap<>();
    private final List<Map<String, Double>> values = new ArrayList<>();
    /** Each cell's provenance, so that a synthetic attainment is labelled in the table like any other figure. */
    private final List<Map<String, String>> provenances = new ArrayList<>();

    /** @param unitYears unit_year rows; each is labelled by the given label; domains from the province's components */
    public DomainMatrix(Snapshot snapshot, List<MartRow> unitYears, java.util.function.Function<MartRow, String> label) {
        this(unitYears, fromComponents(snapshot), label);
    }

    /** A unit-year's domains as its province's component_year rows of level 1. */
    public static java.util.function.Function<MartRow, List<MartRow>> fromComponents(Snapshot snapshot) {
        return unitYear -> snapshot.components(UnitYearKey.of(unitYear)).stream()
                .filter(component -> Integer.valueOf(1).equals(component.get(Columns.LEVEL))).toList();
    }

    /**
     * @param domainsOf a unit-year's domain rows (level-1 items: name, attainment, provenance), e.g. from domain_year
     *                  for a comparison across provinces, which would otherwise read every province's components
     */
    public DomainMatrix(List<MartRow> unitYears, java.util.function.Function<MartRow, List<MartRow>> domainsOf,
                        java.util.function.Function<MartRow, String> label) {
        for (MartRow unitYear : unitYears) {
            Map<String, Double> attainment = new LinkedHashMap<>();
            Map<String, String> provenance = new LinkedHashMap<>();
            for (MartRow component : domainsOf.apply(unitYear)) {
                if (component.get(Columns.ITEM_NAME) != null) {
                    String key = Names.key(component.get(Columns.ITEM_NAME));
                    domains.putIfAbsent(key, component.get(Columns.ITEM_NAME));
                    attainment.put(key, component.get(Columns.ATTAINMENT));
                    provenance.put(key, component.get(Columns.PROVENANCE));
                }
            }
            units.add(unitYear);
            rowLabels.add(label.apply(unitYear));
            values.add(attainment);
            provenances.add(provenance);
        }
    }

    public ChartSpec heatmap(String title) {
        List<String> columns = List.copyOf(domains.values());
        double[][] grid = new double[values.size()][domains.size()];
        for (int r = 0; r < values.size(); r++) {
            int c = 0;
            for (String domain : domains.keySet()) {
                Double value = values.get(r).get(domain);
                grid[r][c++] = value == null ? Double.NaN : value;
            }
        }
        int height = Math.min(ChartSize.MAX_SIDE, Math.max(500, 220 + 26 * rowLabels.size()));
        ChartSize size = new ChartSize(Math.min(ChartSize.MAX_SIDE, Math.max(900, 300 + 70 * domains.size())), height);
        List<String> rows = List.copyOf(rowLabels);
        return (charts, format) -> charts.heatmap(title, rows, columns, grid, format, size);
    }

    public DataTable table(String id, String caption, String firstHeader) {
        List<String> headers = new ArrayList<>();
        headers.add(firstHeader);
        headers.addAll(domains.values());
        DataTable table = new DataTable(id, caption, headers.toArray(String[]::new));
        for (int r = 0; r < units.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            MartRow unit = units.get(r);
            cells.add(Cell.link(rowLabels.get(r), UnitLinks.unit(unit.get(Columns.UNIT_ID), unit.get(Columns.INDEX),
                    unit.get(Columns.YEAR)).toString()));
            for (String domain : domains.keySet()) {
                cells.add(Cell.number(values.get(r).get(domain)).from(provenances.get(r).get(domain), null));
            }
            table.row(cells.toArray(Cell[]::new));
        }
        return table;
    }

    public boolean isEmpty() {
        return domains.isEmpty();
    }
}
