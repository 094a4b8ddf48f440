package vn.parindex.dashboard.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * quality_issues.csv of a snapshot, which can be hundreds of megabytes (a million rows for one broken file): never
 * loaded whole. One pass at load time keeps a bounded summary (counts by severity and rule, the first errors of each
 * file, the byte offset of every page); a page of rows is read from disk when asked for.
 */
public final class QualityIssues {
    public static final int PAGE_SIZE = 200;
    /** Errors kept per file for the quarantine summary; the rest are counted. */
    static final int ERRORS_PER_FILE = 5;
    static final List<String> COLUMNS = List.of("severity", "file", "line", "column", "rule", "message", "action");

    /** The first errors of a file and how many it has in all. */
    public record FileErrors(List<Row> first, long count) {
    }

    private final Path file;
    private final Columns columns;
    private final long total;
    private final List<Long> pageOffsets;
    private final Map<String, Long> bySeverity;
    private final Map<String, Long> byRule;
    private final Map<String, FileErrors> errorsByFile;

    private QualityIssues(Path file, Columns columns, long total, List<Long> pageOffsets, Map<String, Long> bySeverity,
                          Map<String, Long> byRule, Map<String, FileErrors> errorsByFile) {
        this.file = file;
        this.columns = columns;
        this.total = total;
        this.pageOffsets = List.copyOf(pageOffsets);
        this.bySeverity = Map.copyOf(bySeverity);
        this.byRule = java.util.Collections.unmodifiableMap(new TreeMap<>(byRule));
        this.errorsByFile = Map.copyOf(errorsByFile);
    }

    /** A snapshot without the extract (none written): no issues. */
    static QualityIssues none() {
        return new QualityIssues(null, new Columns(COLUMNS), 0, List.of(), Map.of(), Map.of(), Map.of());
    }

    static QualityIssues scan(Path file) throws IOException {
        if (!Files.exists(file)) {
            return none();
        }
        try (CsvByteRecords records = new CsvByteRecords(Files.newInputStream(file), 0)) {
            List<String> header = records.next();
            if (header == null) {
                return none();
            }
            Columns columns = new Columns(header);
            List<Long> offsets = new ArrayList<>();
            Map<String, Long> bySeverity = new LinkedHashMap<>();
            Map<String, Long> byRule = new LinkedHashMap<>();
            Map<String, List<Row>> firstErrors = new LinkedHashMap<>();
            Map<String, Long> errorCounts = new LinkedHashMap<>();
            long count = 0;
            while (true) {
                long start = records.position();
                List<String> record = records.next();
                if (record == null) {
                    break;
                }
                if (count % PAGE_SIZE == 0) {
                    offsets.add(start);
                }
                count++;
                Row row = row(columns, record);
                bySeverity.merge(String.valueOf(row.str("severity")), 1L, Long::sum);
                byRule.merge(String.valueOf(row.str("rule")), 1L, Long::sum);
                if ("error".equals(row.str("severity")) && row.str("file") != null) {
                    errorCounts.merge(row.str("file"), 1L, Long::sum);
                    List<Row> first = firstErrors.computeIfAbsent(row.str("file"), f -> new ArrayList<>());
                    if (first.size() < ERRORS_PER_FILE) {
                        first.add(row);
                    }
                }
            }
            Map<String, FileErrors> errorsByFile = new LinkedHashMap<>();
            firstErrors.forEach((name, first) -> errorsByFile.put(name,
                    new FileErrors(List.copyOf(first), errorCounts.get(name))));
            return new QualityIssues(file, columns, count, offsets, bySeverity, byRule, errorsByFile);
        }
    }

    private static Row row(Columns columns, List<String> record) {
        Object[] values = new Object[columns.names().size()];
        for (int i = 0; i < values.length && i < record.size(); i++) {
            values[i] = record.get(i).isEmpty() ? null : record.get(i);
        }
        return new Row(columns, values);
    }

    public long total() {
        return total;
    }

    public int pages() {
        return pageOffsets.size();
    }

    public Map<String, Long> bySeverity() {
        return bySeverity;
    }

    /** Counts per rule id, in rule order. */
    public Map<String, Long> byRule() {
        return byRule;
    }

    public FileErrors errors(String fileName) {
        return errorsByFile.getOrDefault(fileName, new FileErrors(List.of(), 0));
    }

    /** The rows of a page (0-based), read from disk; empty past the last page. */
    public List<Row> page(int page) throws IOException {
        if (file == null || page < 0 || page >= pageOffsets.size()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>(PAGE_SIZE);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(pageOffsets.get(page));
            try (CsvByteRecords records = new CsvByteRecords(in, pageOffsets.get(page))) {
                while (rows.size() < PAGE_SIZE) {
                    List<String> record = records.next();
                    if (record == null) {
                        break;
                    }
                    rows.add(row(columns, record));
                }
            }
        }
        return rows;
    }
}
