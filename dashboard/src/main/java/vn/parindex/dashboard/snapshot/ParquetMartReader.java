package vn.parindex.dashboard.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.parindex.marts.MartReader;
import vn.parindex.marts.MartSchema;

/**
 * Reads a mart folder into a {@link Table} with the marts module's reader: text normalised (NFC) and pooled, dates
 * as the extract writes them (yyyy-mm-dd).
 */
final class ParquetMartReader {
    private final Map<String, String> stringPool;
    private final MartReader reader;

    /** @param stringPool shared across the snapshot's tables so repeated names are held once */
    ParquetMartReader(Map<String, String> stringPool) {
        this.stringPool = stringPool;
        this.reader = new MartReader(text -> pooled(Names.nfc(text)));
    }

    Table read(MartSchema mart, Path folder) throws IOException {
        Columns columns = new Columns(mart.names());
        List<Row> rows = new ArrayList<>();
        reader.read(mart, folder, values -> {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof LocalDate date) {
                    values[i] = pooled(date.toString());
                }
            }
            rows.add(new Row(columns, values));
        });
        return new Table(mart.name(), columns, rows);
    }

    private String pooled(String text) {
        return stringPool.computeIfAbsent(text, t -> t);
    }
}
