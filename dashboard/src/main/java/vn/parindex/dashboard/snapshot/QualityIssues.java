package vn.parindex.dashboard.snapshot;

import vn.parindex.marts.Columns;
import vn.parindex.marts.ExtractText;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.Marts;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.DelimitedText;
import vn.parindex.csv.InputFileException;
import vn.parindex.text.Names;
import java.io.IOException;
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
 * file, where every page starts); a page of rows is read from disk, from there, when asked for.
 */
public final class QualityIssues {
    public static final int PAGE_SIZE = 200;
    /** Errors kept per file for the quarantine summary; the rest are counted. */
    static final int ERRORS_PER_FILE = 5;
    /** A report line needs no more of a field: a longer one is cut, so no field can fill the heap. */
    static final int MAX_FIELD_CHARS = 64 * 1024;

    /** The first errors of a file and how many it has in all. */
    public record FileErrors(List<MartRow> first, long count) {
    }

    private final Path file;
    /** The report's header: its fields are matched to the quality_issues columns by name. */
    private final List<String> header;
    private final long total;
    private final List<DelimitedText.Position> pageStarts;
    private final Map<String, Long> bySeverity;
    private final Map<String, Long> byRule;
    private final Map<String, FileErrors> errorsByFile;

    private QualityIssues(Path file, List<String> header, long total, List<DelimitedText.Position> pageStarts,
                          Map<String, Long> bySeverity, Map<String, Long> byRule, Map<String, FileErrors> errorsByFile) {
        this.file = file;
        this.header = List.copyOf(header);
        this.total = total;
        this.pageStarts = List.copyOf(pageStarts);
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
        try (DelimitedText.Records records = open(file, DelimitedText.Position.START)) {
            CsvRecord headerRecord = records.next();
            if (headerRecord == null) {
                return none();
            }
            List<String> header = fields(headerRecord);
            List<DelimitedText.Position> starts = new ArrayList<>();
            Map<String, Long> bySeverity = new LinkedHashMap<>();
            Map<String, Long> byRule = new LinkedHashMap<>();
            Map<String, List<MartRow>> firstErrors = new LinkedHashMap<>();
            Map<String, Long> errorCounts = new LinkedHashMap<>();
            long count = 0;
            while (true) {
                DelimitedText.Position start = count % PAGE_SIZE == 0 ? records.position() : null;
                CsvRecord record = records.next();
                if (record == null) {
                    break;
                }
                if (start != null) {
                    starts.add(start);
                }
                count++;
                MartRow row = ExtractText.row(Marts.QUALITY_ISSUES, header, fields(record));
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
            return new QualityIssues(file, header, count, starts, bySeverity, byRule, errorsByFile);
        } catch (InputFileException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * The extract's records from a position (RFC 4180, ',' as the contract writes it): read once through at load,
     * so without the check pass before; each field cut to {@link #MAX_FIELD_CHARS}.
     */
    private static DelimitedText.Records open(Path file, DelimitedText.Position at) throws IOException,
            InputFileException {
        return DelimitedText.openAt(file, ',', at, MAX_FIELD_CHARS);
    }

    /** A record's fields in NFC, as the rows of the other marts are. */
    private static List<String> fields(CsvRecord record) {
        List<String> fields = new ArrayList<>(record.fields().size());
        for (String field : record.fields()) {
            fields.add(Names.nfc(field));
        }
        return fields;
    }

    private static IOException unreadable(Path file, InputFileException e) {
        return new IOException(file + " line " + e.line() + ": " + e.getMessage() + " (" + e.rule() + ")", e);
    }

    public long total() {
        return total;
    }

    public int pages() {
        return pageStarts.size();
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
        if (file == null || page < 0 || page >= pageStarts.size()) {
            return List.of();
        }
        List<MartRow> rows = new ArrayList<>(PAGE_SIZE);
        try (DelimitedText.Records records = open(file, pageStarts.get(page))) {
            while (rows.size() < PAGE_SIZE) {
                CsvRecord record = records.next();
                if (record == null) {
                    break;
                }
                rows.add(ExtractText.row(Marts.QUALITY_ISSUES, header, fields(record)));
            }
        } catch (InputFileException e) {
            throw unreadable(file, e);
        }
        return rows;
    }
}
