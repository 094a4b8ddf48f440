package vn.parindex.briefing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.parindex.marts.MartReader;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.SnapshotLayout;

/** A snapshot's mart rows as records, read back from its Parquet folders. */
final class SnapshotRows {
    private SnapshotRows() {
    }

    /**
     * One province's rows of a snapshot's mart as records (from its partition, or kept from an unpartitioned mart's
     * files); a null province reads the whole mart.
     */
    static <T> List<T> records(MartReader reader, Path snapshot, MartSchema mart, String province,
                               Function<MartRow, T> record) throws IOException {
        List<T> rows = new ArrayList<>();
        Path folder = SnapshotLayout.mart(snapshot, mart.name());
        if (province == null) {
            reader.read(mart, folder, values -> rows.add(record.apply(new MartRow(mart, values))));
        } else {
            reader.readProvince(mart, folder, province, values -> rows.add(record.apply(new MartRow(mart, values))));
        }
        return rows;
    }
}
