package vn.parindex.dashboard.snapshot;

import vn.parindex.marts.Columns;
import vn.parindex.marts.ExtractText;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.Marts;
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

    /** The first errors of a file and how many it has in all. */
    public record FileErrors(List<MartRow> first, long count) {
    }

    private final Path file;
    /** The report's header: its fields are matched to the quality_issues columns by name. */
    private final List<String> header;
    private final long total;
    private final List<Long> pageOffsets;
    private final Map<String, Long> bySeverity;
    private final Map<String, Long> byRule;
    private final Map<String, FileErrors> errorsByFile;

    private QualityIssues(Path file, List<String> header, long total, List<Long> pageOffsets, Map<String, Long> bySeverity,
                          Map<String, Long> byRule, Map<String, FileErrors> errorsByFile) {
        this.file = file;
        this.header = List.copyOf(header);
        this.total = total;
        this.pageOffsets = List.copyOf(pageOffsets);
        this.bySeverity = Map.copyOf(bySeverity);
        this.byRule = java.util.Collections.unmodifiableMap(new TreeMap<>(byRule));
        this.errorsByFile = Map.copyOf(errorsByFile);
    }

    /** A snapshot without the extract (none written): no issues. */
    static QualityIssues none() {
        return new QualityIssues(null, Marts.QUALITY_ISSUES.names(), 0, List.of(), Map.of(), Map.of(), Map.of());
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
            List<Long> offsets = new ArrayList<>();
            Map<String, Long> bySeverity = new LinkedHashMap<>();
            Map<String, Long> byRule = new LinkedHashMap<>();
            Map<String, List<MartRow>> firstErrors = new LinkedHashMap<>();
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
                MartRow row = ExtractText.row(Marts.QUALITY_ISSUES, header, record);
                bySeverity.merge(String.valueOf(row.get(Columns.SEVERITY)), 1L, Long::sum);
                byRule.merge(String.valueOf(row.get(Columns.RULE)), 1L, Long::sum);
                if ("error".equals(row.get(Columns.SEVERITY)) && row.get(Columns.FILE) != null) {
                    errorCounts.merge(row.get(Columns.FILE), 1L, Long::sum);
                    List<MartRow> first = firstErrors.computeIfAbsent(row.get(Columns.FILE), f -> new ArrayList<>());
                    if (first.size() < ERRORS_PER_FILE) {
                        first.add(row);
                    }
                }
            }
            Map<String, FileErrors> errorsByFile = new LinkedHashMap<>();
            firstErrors.forEach((name, first) -> errorsByFile.put(name,
                    new FileErrors(List.copyOf(first), errorCounts.get(name))));
            return new QualityIssues(file, header, count, offsets, bySeverity, byRule, errorsByFile);
        }
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
    public List<MartRow> page(int page) throws IOException {
        if (file == null || page < 0 || page >= pageOffsets.size()) {
            return List.of();
        }
        List<MartRow> rows = new ArrayList<>(PAGE_SIZE);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(pageOffsets.get(page));
            try (CsvByteRecords records = new CsvByteRecords(in, pageOffsets.get(page))) {
                while (rows.size() < PAGE_SIZE) {
                    List<String> record = records.next();
                    if (record == null) {
                        break;
                    }
                    rows.add(ExtractText.row(Marts.QUALITY_ISSUES, header, record));
                }
            }
        }
        return rows;
    }
}
