package vn.parindex.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.quality.Issue;

/** What one score file contributed: its valid rows, its problems and the province-years it speaks about. */
public final class FileStage {
    private final String file;
    private final List<StagedScore> rows = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final Set<ProvinceYear> provinceYears = new LinkedHashSet<>();
    private final Map<String, Integer> lineOfKey = new HashMap<>();

    FileStage(String file) {
        this.file = file;
    }

    void add(CheckedLine checked) {
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

    void addIssue(Issue issue) {
        issues.add(issue);
    }

    public String file() {
        return file;
    }

    public List<StagedScore> rows() {
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
