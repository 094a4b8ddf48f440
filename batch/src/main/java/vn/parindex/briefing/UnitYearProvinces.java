package vn.parindex.briefing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.parindex.marts.MartPartitions;
import vn.parindex.marts.MartReader;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;
import vn.parindex.marts.SnapshotLayout;

/**
 * The provinces of a snapshot's unit_year mart, where every ranking table comes from, without holding the mart: the
 * partition folders' names, or for an unpartitioned mart (older snapshots) one pass keeping the distinct provinces.
 */
final class UnitYearProvinces {
    /** unit_year read as its province column alone. */
    private static final MartSchema PROVINCE_ONLY = new MartSchema(Marts.UNIT_YEAR.name(),
            List.of(Marts.UNIT_YEAR.columns().get(Marts.UNIT_YEAR.indexOf(MartPartitions.COLUMN))));

    private UnitYearProvinces() {
    }

    /** In name order. */
    static List<String> of(Path snapshot) throws IOException {
        Path mart = SnapshotLayout.mart(snapshot, Marts.UNIT_YEAR.name());
        Set<String> provinces = new TreeSet<>();
        if (MartPartitions.isPartitioned(mart)) {
            provinces.addAll(MartReader.provinces(mart));
        } else {
            new MartReader().read(PROVINCE_ONLY, mart, values -> provinces.add((String) values[0]));
        }
        return List.copyOf(provinces);
    }
}
