package vn.parindex.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.parindex.csv.InputFileException;
import vn.parindex.grid.Grid;
import vn.parindex.reference.ReferenceData;

/**
 * An improvement plan as the department writes it (contract 1.8), from its grids: the task table is the first whose
 * header has the task and a deadline column (tables after it with the same header continue it, as a table a writer
 * broke by hand); the heading and title are the text above it (paragraphs, and the cells of layout tables such as the
 * two-column "UBND TỈNH … / CỘNG HÒA …" heading); its rows become tasks by {@link TaskRows}.
 */
final class PlanDocument {
    private final List<Grid> grids;
    private final String fileName;
    private final ReferenceData reference;
    private final String kind;

    PlanDocument(List<Grid> grids, String fileName, ReferenceData reference, String kind) {
        this.grids = grids;
        this.fileName = fileName;
        this.reference = reference;
        this.kind = kind;
    }

    /** The plan's records, or empty when no grid has a task table. */
    Optional<PlanRecords> read() throws InputFileException {
        List<String> above = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            Grid grid = grids.get(i);
            above.addAll(grid.textAbove());
            Optional<PlanHeader> header = PlanHeader.find(grid, PlanColumns.IN_DOCUMENT, PlanColumns::inDocument);
            if (header.isEmpty()) {
                above.addAll(cellLines(grid, grid.rowCount()));
                continue;
            }
            above.addAll(cellLines(grid, header.get().row()));
            PlanHeading heading = PlanHeading.of(above, fileName, reference);
            TaskRows rows = new TaskRows(heading, reference);
            rows.read(grid, header.get());
            for (int j = i + 1; j < grids.size(); j++) {
                Optional<PlanHeader> next = PlanHeader.find(grids.get(j), PlanColumns.IN_DOCUMENT,
                        PlanColumns::inDocument);
                if (next.isPresent() && next.get().columns().equals(header.get().columns())) {
                    rows.read(grids.get(j), next.get());
                }
            }
            return Optional.of(new PlanRecords(rows.records(), "a plan document (" + kind + ")",
                    description(grid, header.get(), heading, rows)));
        }
        return Optional.empty();
    }

    /** The rows above {@code end} as lines of text, each row's distinct cell texts joined. */
    private static List<String> cellLines(Grid grid, int end) {
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < end; row++) {
            for (String text : grid.ownTexts(row, grid.width(row))) {
                if (!text.isEmpty()) {
                    lines.add(text); // each cell its own line: the heading's two columns are two texts
                }
            }
        }
        return lines;
    }

    private List<String> description(Grid grid, PlanHeader header, PlanHeading heading, TaskRows rows) {
        List<String> lines = new ArrayList<>();
        lines.add(grid.name() + ": unit " + heading.unit().unitId() + " " + heading.unit().name() + " (from the "
                + heading.unitSource() + "), plan year " + heading.planYear() + " (from the " + heading.yearSource()
                + "), index " + heading.index() + "; task table header at row " + grid.line(header.row()) + "; "
                + rows.records().size() + " task(s); columns: " + header.columns().entrySet().stream()
                .map(e -> grid.columnName(e.getValue()) + " '" + header.headers().get(e.getKey()) + "' = "
                        + e.getKey()).collect(Collectors.joining("; ")));
        lines.addAll(rows.notes());
        return lines;
    }
}
