package vn.parindex.dashboard.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.SnapshotLayout;

/** Reads one province's slice from a snapshot folder: its partition of each mart (or its rows of an unpartitioned one). */
final class ProvinceSliceReader {
    private final Path snapshotDir;
    private final Map<String, String> sharedStrings;

    /** @param sharedStrings the start-up tables' strings, which slices reuse rather than hold again */
    ProvinceSliceReader(Path snapshotDir, Map<String, String> sharedStrings) {
        this.snapshotDir = snapshotDir;
        this.sharedStrings = sharedStrings;
    }

    ProvinceSlice read(String province) throws IOException {
        ParquetMartReader reader = new ParquetMartReader(new StringPool(sharedStrings));
        Map<String, Table> tables = new HashMap<>();
        for (MartSchema mart : ProvinceSlice.MARTS) {
            tables.put(mart.name(), reader.readProvince(mart, SnapshotLayout.mart(snapshotDir, mart.name()), province));
        }
        return new ProvinceSlice(province, tables, reader.bytes());
    }
}
