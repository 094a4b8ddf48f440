package vn.parindex.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.parindex.grid.Grid;
import vn.parindex.grid.GridReader;
import vn.parindex.grid.Limits;
import vn.parindex.grid.Merge;
import vn.parindex.grid.ReadProblem;
import vn.parindex.grid.RowPlace;

/**
 * A workbook as grids: one per sheet (the first {@link Limits#MAX_TABLES}), grid row i being Excel row i + 1, cells
 * as {@link CellValues} writes them, merged regions as they are. The title rows are rows of the grid.
 */
public final class WorkbookGrids implements GridReader {

    @Override
    public List<Grid> read(Path file) throws ReadProblem {
        try (Workbook workbook = WorkbookOpener.open(file)) {
            List<Grid> grids = new ArrayList<>();
            for (int i = 0; i < Math.min(workbook.getNumberOfSheets(), Limits.MAX_TABLES); i++) {
                grids.add(grid(workbook.getSheetAt(i)));
            }
            return grids;
        } catch (IOException | RuntimeException e) {
            // POI meets damage while reading cells too; the file is then unreadable, never the run.
            throw new ReadProblem("unreadable_workbook", "the workbook cannot be read (" + e.getClass().getSimpleName()
                    + "); open and save it again in Excel");
        }
    }

    @Override
    public String kind() {
        return "a published workbook";
    }

    private static Grid grid(Sheet sheet) throws ReadProblem {
        if (sheet.getLastRowNum() >= Limits.MAX_ROWS) {
            throw new ReadProblem("sheet_too_large", "sheet '" + sheet.getSheetName() + "' has "
                    + (sheet.getLastRowNum() + 1) + " rows, above the limit of " + Limits.MAX_ROWS
                    + " for a published table");
        }
        List<List<String>> rows = new ArrayList<>();
        List<RowPlace> places = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int width = row == null ? 0 : Math.max(0, Math.min(row.getLastCellNum(), Limits.MAX_COLUMNS));
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(row.getCell(c) == null ? "" : CellValues.text(row.getCell(c)));
            }
            rows.add(cells);
            places.add(new RowPlace(r + 1, ""));
        }
        List<Merge> merges = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            merges.add(new Merge(region.getFirstRow(), region.getLastRow(), region.getFirstColumn(),
                    region.getLastColumn()));
        }
        return new Grid("sheet '" + sheet.getSheetName() + "'", rows, merges, List.of(), places, true);
    }
}
