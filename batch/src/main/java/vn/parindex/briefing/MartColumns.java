package vn.parindex.briefing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.parindex.briefings.MartRow;
import vn.parindex.marts.MartReader;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.SnapshotLayout;

/**
 * Where each column of one mart sits in the rows {@link vn.parindex.marts.MartReader} hands over (the mart's declared
 * order), so such a row reads by column name as the briefings' mapping wants it. Built once per mart, not per row.
 */
final class MartColumns {
    private final Map<String, Integer> positions = new HashMap<>();

    MartColumns(MartSchema mart) {
        for (int i = 0; i < mart.columns().size(); i++) {
            positions.put(mart.columns().get(i).name(), i);
        }
    }

    /** The row by column name; a column the mart does not declare reads as blank, as one an older file lacks does. */
    MartRow row(Object[] values) {
        return column -> {
            Integer position = positions.get(column);
            return position == null ? null : values[position];
        };
    }

    /**
     * One province's rows of a snapshot's mart as records (from its partition, or kept from an unpartitioned mart's
     * files); a null province reads the whole mart.
     */
    static <T> List<T> records(MartReader reader, Path snapshot, MartSchema mart, String province,
                               Function<MartRow, T> record) throws IOException {
        MartColumns columns = new MartColumns(mart);
        List<T> rows = new ArrayList<>();
        Path folder = SnapshotLayout.mart(snapshot, mart.name());
        if (province == null) {
            reader.read(mart, folder, values -> rows.add(record.apply(columns.row(values))));
        } else {
            reader.readProvince(mart, folder, province, values -> rows.add(record.apply(columns.row(values))));
        }
        return rows;
    }
}
