package vn.parindex.briefing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.MartRecords;
import vn.parindex.briefings.data.SnapshotInfo;
import vn.parindex.marts.MartReader;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;

/**
 * One province's rows of the marts its ranking-table workbooks read — unit_year, component_year, province_summary and
 * target_status — from a snapshot's Parquet folders (partitioned by province or not), as briefing data. A table's
 * units, their items, its item summary and their targets all carry the table's province, so nothing from another
 * province is needed; the national table is the province "Việt Nam". Loss drivers, lineage, goal gaps and tasks are
 * not read: only unit briefings, comparisons and draft plans use them, and the dashboard builds those on demand.
 */
final class ProvinceMarts {
    private final Path snapshot;
    private final SnapshotInfo info;
    private final MartReader reader = new MartReader();

    ProvinceMarts(Path snapshot, SnapshotInfo info) {
        this.snapshot = snapshot;
        this.info = info;
    }

    /** A province's briefing data and how many mart rows it was made from. */
    record ProvinceData(BriefingData data, long rows) {
    }

    ProvinceData read(String province) throws IOException {
        var units = rows(Marts.UNIT_YEAR, province, MartRecords::unitResult);
        var items = rows(Marts.COMPONENT_YEAR, province, MartRecords::itemResult);
        var summary = rows(Marts.PROVINCE_SUMMARY, province, MartRecords::provinceItem);
        var targets = rows(Marts.TARGET_STATUS, province, MartRecords::targetResult);
        BriefingData data = new BriefingData(info, units, items, List.of(), summary, targets);
        return new ProvinceData(data, (long) units.size() + items.size() + summary.size() + targets.size());
    }

    private <T> List<T> rows(MartSchema mart, String province, Function<MartRow, T> record) throws IOException {
        return SnapshotRows.records(reader, snapshot, mart, province, record);
    }
}
