package vn.parindex.plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.parindex.annex.RepeatedHeader;
import vn.parindex.grid.Grid;
import vn.parindex.reference.ReferenceData;

/**
 * The rows of a plan document's task table as tasks (contract 1.8): a row whose STT is a Roman numeral is a group
 * row whose level-1 item ({@link GroupCodes}) is the code of the tasks under it; a row with an empty STT and neither
 * a lead nor a deadline continues the task above it (a row broken over a page); a numbered row with neither, followed
 * by rows numbered under it (2. then 2.1), is a heading; a repeated header or numbering row is skipped. Each task's
 * line is its position in the table (1, 2, …).
 */
final class TaskRows {
    private static final Pattern ROMAN = Pattern.compile("(?i)[ivxlc]+\\.?");
    private static final Pattern NUMBERING = Pattern.compile("\\(?\\d{0,2}\\)?");
    private static final List<String> JOINED = List.of("task", "output", "lead", "partners", "deadline", "done_on",
            "code");

    private final PlanHeading heading;
    private final GroupCodes groups;
    private final List<Item> items = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String groupCode = "";
    private String groupLabel = "";

    /** One numbered or unnumbered row of the table with the rows continuing it. */
    private static final class Item {
        final String number;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, String> labels;
        final String where;

        Item(String number, Map<String, String> labels, String where) {
            this.number = number;
            this.labels = labels;
            this.where = where;
        }

        boolean hasLeadOrDeadline() {
            return !values.getOrDefault("lead", "").isEmpty() || !values.getOrDefault("deadline", "").isEmpty();
        }
    }

    TaskRows(PlanHeading heading, ReferenceData reference) {
        this.heading = heading;
        this.groups = new GroupCodes(reference, heading);
    }

    /** Reads the rows under the header of one grid of the table. */
    void read(Grid grid, PlanHeader header) {
        RepeatedHeader repeated = new RepeatedHeader(grid, header.row(), header.row() + 1);
        Integer numberColumn = header.columns().get(PlanColumns.NUMBER);
        for (int row = header.row() + 1; row < grid.rowCount(); row++) {
            if (repeated.at(row) || isNumbering(grid, row)) {
                continue;
            }
            String number = numberColumn == null ? "" : grid.ownText(row, numberColumn).replaceAll("\\.$", "");
            Map<String, String> values = new HashMap<>();
            for (String column : JOINED) {
                Integer index = header.columns().get(column);
                values.put(column, index == null ? "" : PlanCells.text(grid, row, index));
            }
            if (ROMAN.matcher(number).matches()) {
                group(grid, row, numberColumn, number);
                continue;
            }
            boolean own = !values.get("lead").isEmpty() || !values.get("deadline").isEmpty();
            if (number.isEmpty() && !own) {
                if (!items.isEmpty()) {
                    Item previous = items.get(items.size() - 1);
                    values.forEach((column, text) -> append(previous, column, text));
                }
                continue;
            }
            if (values.values().stream().allMatch(String::isEmpty)) {
                continue; // a numbered row with nothing in it
            }
            Item item = new Item(number, header.labels(grid, row), grid.where(row).isEmpty()
                    ? "row " + grid.line(row) : grid.where(row));
            values.forEach((column, text) -> append(item, column, text));
            if (values.get("code").isEmpty() && !groupCode.isEmpty()) {
                item.values.put("code", groupCode);
                item.labels.put("code", groupLabel);
            }
            items.add(item);
        }
    }

    private void group(Grid grid, int row, Integer numberColumn, String number) {
        String name = "";
        for (int i = 0; i < grid.width(row) && name.isEmpty(); i++) {
            if (numberColumn == null || i != numberColumn) {
                name = grid.text(row, i);
            }
        }
        groupCode = groups.code(name).orElse("");
        String where = grid.where(row).isEmpty() ? "row " + grid.line(row) : grid.where(row);
        groupLabel = "group " + number + " (" + where + ")";
        notes.add("group " + number + " at " + where + " '" + name + "' = " + (groupCode.isEmpty()
                ? "no level-1 item of the methodology (its tasks serve the plan as a whole)" : "code " + groupCode));
    }

    private static void append(Item item, String column, String text) {
        if (text.isEmpty()) {
            return;
        }
        String before = item.values.getOrDefault(column, "");
        item.values.put(column, before.isEmpty() ? text : before + " " + text);
    }

    private static boolean isNumbering(Grid grid, int row) {
        List<String> texts = grid.ownTexts(row, grid.width(row)).stream().filter(t -> !t.isEmpty()).toList();
        return texts.size() >= 3 && texts.stream().allMatch(text -> NUMBERING.matcher(text).matches());
    }

    /** The tasks in table order, headings left out; a record's line is its position. */
    List<PlanRecord> records() {
        List<PlanRecord> records = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (isHeading(i)) {
                continue;
            }
            Map<String, String> values = new HashMap<>(item.values);
            values.put("province", heading.unit().province());
            values.put("unit", heading.unit().unitId());
            values.put("plan_year", Integer.toString(heading.planYear()));
            values.put("index", heading.index().name());
            Map<String, String> labels = new HashMap<>(item.labels);
            labels.put("province", heading.unitSource());
            labels.put("unit", heading.unitSource());
            labels.put("plan_year", heading.yearSource());
            labels.put("index", "title");
            records.add(new PlanRecord(records.size() + 1, values, labels, ""));
        }
        return records;
    }

    /** How the rows were read beyond the tasks: the group rows and their codes, the headings. */
    List<String> notes() {
        List<String> all = new ArrayList<>(notes);
        for (int i = 0; i < items.size(); i++) {
            if (isHeading(i)) {
                all.add(items.get(i).where + " '" + items.get(i).number + "' is a heading of the tasks numbered under"
                        + " it, not a task");
            }
        }
        return all;
    }

    /** A numbered item with neither lead nor deadline whose next numbered item is numbered under it. */
    private boolean isHeading(int index) {
        Item item = items.get(index);
        if (item.number.isEmpty() || item.hasLeadOrDeadline()) {
            return false;
        }
        for (int j = index + 1; j < items.size(); j++) {
            if (!items.get(j).number.isEmpty()) {
                return items.get(j).number.startsWith(item.number + ".");
            }
        }
        return false;
    }
}
