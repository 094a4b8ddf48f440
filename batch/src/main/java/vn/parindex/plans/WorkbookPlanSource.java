package vn.parindex.plans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.parindex.csv.InputFileException;
import vn.parindex.grid.Limits;
import vn.parindex.annex.TableLocator;
import vn.parindex.workbook.WorkbookOpener;
import vn.parindex.grid.ReadProblem;

/**
 * A task workbook dropped back as a plan file (DIR/plans/**&#47;*.xlsx, *.xls): opened only within the published
 * workbook reader's safety limits (size, zip bomb, encryption, XML entities, rows, sheets), then read from the first
 * sheet whose header row names the plan columns. Each row under the header is one record, numbered by Excel row;
 * a row with text in at most one plan column (a group heading such as "I. Cải cách thể chế", a note, a blank row)
 * and a numbering row "(1) (2) (3)…" under the header are not tasks and are skipped.
 */
final class WorkbookPlanSource implements PlanSource {

    @Override
    public List<PlanRecord> records(Path file) throws InputFileException {
        try (Workbook workbook = WorkbookOpener.open(file)) {
            return records(workbook);
        } catch (ReadProblem problem) {
            throw new InputFileException(problem.rule(), problem.line(), problem.getMessage());
        } catch (IOException | RuntimeException e) {
            // POI meets damage while reading cells too; the file is then unreadable, never the run.
            throw new InputFileException("unreadable_workbook", 0, "the workbook cannot be read ("
                    + e.getClass().getSimpleName() + "); open and save it again in Excel");
        }
    }

    private static List<PlanRecord> records(Workbook workbook) throws InputFileException {
        Optional<PlanHeader> closest = Optional.empty();
        for (int i = 0; i < Math.min(workbook.getNumberOfSheets(), Limits.MAX_TABLES); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (sheet.getLastRowNum() >= Limits.MAX_ROWS) {
                throw new InputFileException("sheet_too_large", 0, "sheet '" + sheet.getSheetName() + "' has "
                        + (sheet.getLastRowNum() + 1) + " rows, above the limit of " + Limits.MAX_ROWS);
            }
            PlanCells cells = new PlanCells(sheet, sheet.getLastRowNum());
            Optional<PlanHeader> header = PlanHeader.find(sheet, cells);
            if (header.isPresent()) {
                return body(sheet, cells, header.get());
            }
            Optional<PlanHeader> near = PlanHeader.closest(sheet, cells);
            if (closest.isEmpty() || near.isPresent() && near.get().missing().size() < closest.get().missing().size()) {
                closest = near;
            }
        }
        throw noHeader(closest);
    }

    private static InputFileException noHeader(Optional<PlanHeader> closest) {
        String wanted = "no sheet has a header row with the plan columns " + String.join(", ", PlanColumns.REQUIRED)
                + " (or their Vietnamese headers: Tỉnh, Đơn vị, Năm kế hoạch, Nội dung nhiệm vụ, Thời gian thực"
                + " hiện) within the first " + (TableLocator.MAX_TITLE_ROWS + 1) + " rows";
        if (closest.isEmpty()) {
            return new InputFileException("missing_column", 0, wanted);
        }
        return new InputFileException("missing_column", closest.get().row() + 1, wanted + "; the closest, row "
                + (closest.get().row() + 1) + ", lacks " + String.join(", ", closest.get().missing()));
    }

    private static List<PlanRecord> body(Sheet sheet, PlanCells cells, PlanHeader header) {
        List<PlanRecord> records = new ArrayList<>();
        for (int rowIndex = header.row() + 1; rowIndex <= sheet.getLastRowNum(); rowIndex++) {
            Map<String, String> values = new HashMap<>();
            int row = rowIndex;
            header.columns().forEach((column, index) -> values.put(column, cells.text(row, index, column)));
            long filled = values.values().stream().filter(value -> !value.isEmpty()).count();
            boolean numbering = rowIndex == header.row() + 1 && values.values().stream()
                    .allMatch(value -> value.matches("\\(?\\d*\\)?"));
            if (filled > 1 && !numbering) {
                records.add(new PlanRecord(rowIndex + 1, values, header.labels(), ""));
            }
        }
        return records;
    }
}
