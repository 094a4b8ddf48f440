package vn.parindex.plans;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.annex.TableLocator;
import vn.parindex.csv.InputFileException;
import vn.parindex.documents.Documents;
import vn.parindex.grid.Grid;
import vn.parindex.grid.GridReader;
import vn.parindex.grid.ReadProblem;
import vn.parindex.reference.ReferenceData;

/**
 * A plan file that is a workbook, a Word file or a PDF (DIR/plans/**), read from its grids within the readers' safety
 * limits. Two forms: a task list (the product's task workbook dropped back, or any table whose header names the
 * contract's columns province, unit, plan_year, task and deadline — contract 1.7), each row one record; or the plan
 * itself (contract 1.8), read by {@link PlanDocument}: its heading, its title, its task table.
 */
final class GridPlanSource implements PlanSource {

    @Override
    public PlanRecords records(Path file, ReferenceData reference) throws InputFileException {
        GridReader reader = Documents.reader(file);
        List<Grid> grids;
        try {
            grids = reader.read(file);
        } catch (ReadProblem problem) {
            throw new InputFileException(problem.rule(), problem.line(), problem.getMessage());
        }
        Optional<PlanHeader> closest = Optional.empty();
        for (Grid grid : grids) {
            Optional<PlanHeader> header = PlanHeader.find(grid, PlanColumns.REQUIRED, PlanColumns::named);
            if (header.isPresent()) {
                return new PlanRecords(taskList(grid, header.get()), PlanRecords.TASK_LIST + " (" + reader.kind() + ")",
                        List.of(grid.name() + ": task list, header at row " + grid.line(header.get().row())));
            }
            Optional<PlanHeader> near = PlanHeader.closest(grid, PlanColumns.REQUIRED, PlanColumns::named);
            if (closest.isEmpty() || near.isPresent() && near.get().missing().size() < closest.get().missing().size()) {
                closest = near;
            }
        }
        Optional<PlanRecords> document = new PlanDocument(grids, file.getFileName().toString(), reference,
                reader.kind()).read();
        if (document.isPresent()) {
            return document.get();
        }
        throw noHeader(closest, grids);
    }

    private static InputFileException noHeader(Optional<PlanHeader> closest, List<Grid> grids) {
        String wanted = "no table is a plan's task table (a header with \"Nội dung nhiệm vụ\" and \"Thời gian thực"
                + " hiện\", \"Thời gian hoàn thành\" or \"Thời hạn\") or a task list (a header row with the plan"
                + " columns " + String.join(", ", PlanColumns.REQUIRED) + ", or their Vietnamese headers: Tỉnh, Đơn"
                + " vị, Năm kế hoạch, Nội dung nhiệm vụ, Thời gian thực hiện) within the first "
                + (TableLocator.MAX_TITLE_ROWS + 1) + " rows";
        if (closest.isEmpty() || grids.isEmpty()) {
            return new InputFileException("missing_column", 0, wanted);
        }
        int row = closest.get().row() + 1;
        return new InputFileException("missing_column", row, wanted + "; the closest, row " + row + ", lacks "
                + String.join(", ", closest.get().missing()));
    }

    /**
     * Each row under the header is one record, numbered by its line; a row with text in at most one plan column (a
     * group heading such as "I. Cải cách thể chế", a note, a blank row) and a numbering row "(1) (2) (3)…" under the
     * header are not tasks and are skipped.
     */
    private static List<PlanRecord> taskList(Grid grid, PlanHeader header) {
        List<PlanRecord> records = new ArrayList<>();
        for (int row = header.row() + 1; row < grid.rowCount(); row++) {
            Map<String, String> values = new HashMap<>();
            int at = row;
            header.columns().forEach((column, index) -> values.put(column, PlanCells.text(grid, at, index)));
            long filled = values.values().stream().filter(value -> !value.isEmpty()).count();
            boolean numbering = row == header.row() + 1 && values.values().stream()
                    .allMatch(value -> value.matches("\\(?\\d*\\)?"));
            if (filled > 1 && !numbering) {
                records.add(new PlanRecord(grid.line(row), values, header.labels(grid, row), ""));
            }
        }
        return records;
    }
}
