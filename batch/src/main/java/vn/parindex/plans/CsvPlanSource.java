package vn.parindex.plans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.CsvTable;
import vn.parindex.csv.InputFileException;
import vn.parindex.reference.ReferenceData;

/** A plan file as text (DIR/plans/**&#47;*.csv): the header names the contract's columns, in any case. */
final class CsvPlanSource implements PlanSource {

    @Override
    public PlanRecords records(Path file, ReferenceData reference) throws IOException, InputFileException {
        CsvTable table;
        try {
            table = CsvTable.read(file, PlanColumns.REQUIRED);
        } catch (InputFileException e) {
            throw new InputFileException(e.rule(), e.line(), e.getMessage());
        }
        return PlanRecords.csv(table.rows().stream().map(row -> record(table, row)).toList());
    }

    private static PlanRecord record(CsvTable table, CsvRecord row) {
        Map<String, String> values = new HashMap<>();
        for (String column : PlanColumns.ALL) {
            if (table.has(column)) {
                values.put(column, table.get(row, column));
            }
        }
        return new PlanRecord(row.line(), values, Map.of(), misfit(table, row));
    }

    /** More non-blank fields than the header has columns: the values are shifted. */
    private static String misfit(CsvTable table, CsvRecord row) {
        List<String> fields = row.fields();
        if (fields.size() > table.headerSize()
                && fields.subList(table.headerSize(), fields.size()).stream().anyMatch(f -> !f.isBlank())) {
            return "the row has " + fields.size() + " fields but the header has " + table.headerSize()
                    + " (an unquoted ',' in a task's text?)";
        }
        return "";
    }
}
