package vn.parindex.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.quality.Issue;

/**
 * What one score file contributed: its valid rows (staged as they come), its problems and the province-years it
 * speaks about. The keys seen, for the duplicate check, are held only while the file is being read.
 */
public final class FileStage {
    private final String file;
    private final StagedRows rows;
    private final List<Issue> issues = new ArrayList<>();
    private final Set<ProvinceYear> provinceYears = new LinkedHashSet<>();
    private Map<String, Integer> lineOfKey = new HashMap<>();

    FileStage(String file, StagedRows rows) {
        this.file = file;
        this.rows = rows;
    }

    void add(CheckedLine checked) throws IOException {
        if (lineOfKey == null) {
            throw new IllegalStateException(file + " is read in two parts: a file's lines must come together");
        }
        issues.addAll(checked.issues());
        if (checked.provinceYear() != null) {
            provinceYears.add(checked.provinceYear());
        }
        StagedScore score = checked.score();
        if (score == null) {
            return;
        }
        provinceYears.add(score.provinceYear());
        Integer first = lineOfKey.putIfAbsent(score.key(), score.line());
        if (first != null) {
            issues.add(Issue.error(file, score.line(), "code", "duplicate_row", "the same province, year, unit "
                    + score.unitId() + ", index " + score.index() + " and code " + score.code()
                    + " is already given at line " + first));
        } else {
            rows.add(score);
        }
    }

    /** The file has been read: its rows are complete and its keys are let go. */
    void finish() throws IOException {
        lineOfKey = null;
        rows.finish();
    }

    void addIssue(Issue issue) {
        issues.add(issue);
    }

    public String file() {
        return file;
    }

    public StagedRows rows() {
        return rows;
    }

    public List<Issue> issues() {
        return issues;
    }

    public Set<ProvinceYear> provinceYears() {
        return provinceYears;
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(issue -> issue.severity() == Issue.Severity.ERROR);
    }
}
