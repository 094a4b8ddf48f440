package vn.parindex.sampledata;

import java.util.List;
import java.util.Map;

/** A row of reference/tables.csv (contract 1.6): the real size of a ranking table the data holds only part of. */
record TableSize(String province, String tier, String index, int yearFrom, Integer yearTo, int members) {
    /** sources/ranking-tables.csv: the same columns and the `source` of each size. */
    static List<TableSize> load() {
        return SourceCsv.read("ranking-tables.csv").stream().map(TableSize::of).toList();
    }

    private static TableSize of(Map<String, String> r) {
        String to = r.get("year_to");
        return new TableSize(r.get("province"), r.get("tier"), r.get("index"), Integer.parseInt(r.get("year_from")),
                to.isEmpty() ? null : Integer.valueOf(to), Integer.parseInt(r.get("members")));
    }
}
