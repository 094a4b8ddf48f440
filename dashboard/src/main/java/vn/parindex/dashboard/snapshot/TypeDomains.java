package vn.parindex.dashboard.snapshot;

import vn.parindex.marts.MartRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.marts.Marts;
import vn.parindex.marts.SnapshotLayout;

/**
 * The domains (level-1 items, with attainment) of every unit of one type in one year, read from the domain_year
 * mart's partition of that type: what a comparison of one kind of unit across every province needs, without reading
 * each province's component_year. The last few read are kept, least recently used dropped first, within a bound on
 * their rows; a snapshot published before domain_year existed has none (the views then read the components).
 */
final class TypeDomains {
    static final long MAX_ROWS = 100_000;

    private record Key(String type, int year) {
    }

    private final Path folder;
    private final Map<String, String> sharedStrings;
    private final LinkedHashMap<Key, Map<UnitYearKey, List<MartRow>>> held = new LinkedHashMap<>(8, 0.75f, true);
    private long rows;

    TypeDomains(Path snapshotDir, Map<String, String> sharedStrings) {
        this.folder = SnapshotLayout.mart(snapshotDir, Marts.DOMAIN_YEAR.name());
        this.sharedStrings = sharedStrings;
    }

    /** Each unit-year's domain rows, by unit, index and year; empty when the snapshot has no domain_year. */
    synchronized Optional<Map<UnitYearKey, List<MartRow>>> of(String type, int year) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Key key = new Key(type, year);
        Map<UnitYearKey, List<MartRow>> domains = held.get(key);
        if (domains == null) {
            domains = read(key);
            int size = domains.values().stream().mapToInt(List::size).sum();
            if (size <= MAX_ROWS) {
                held.put(key, domains);
                rows += size;
                var eldest = held.entrySet().iterator();
                while (rows > MAX_ROWS && eldest.hasNext()) {
                    var entry = eldest.next();
                    if (!entry.getKey().equals(key)) {
                        rows -= entry.getValue().values().stream().mapToInt(List::size).sum();
                        eldest.remove();
                    }
                }
            }
        }
        return Optional.of(domains);
    }

    private Map<UnitYearKey, List<MartRow>> read(Key key) {
        int yearColumn = Marts.DOMAIN_YEAR.indexOf("year");
        try {
            Table table = new ParquetMartReader(new StringPool(sharedStrings)).readPartition(Marts.DOMAIN_YEAR, folder,
                    Marts.DOMAIN_YEAR.partitionColumn(), key.type(), v -> Integer.valueOf(key.year()).equals(v[yearColumn]));
            return Grouping.by(table.rows(), UnitYearKey::of, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
