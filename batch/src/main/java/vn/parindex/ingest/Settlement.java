package vn.parindex.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.quality.Issue;

/**
 * Decides which files are used: a file with an error is quarantined; two files giving different values for the
 * same key are both quarantined, so the product never picks one silently. Identical repeats are used once.
 */
public final class Settlement {
    private Settlement() {
    }

    public static IngestResult settle(List<FileStage> files) {
        flagConflicts(files);
        List<StagedScore> accepted = new ArrayList<>();
        List<String> acceptedFiles = new ArrayList<>();
        List<String> quarantined = new ArrayList<>();
        Set<ProvinceYear> protectedYears = new LinkedHashSet<>();
        List<Issue> issues = new ArrayList<>();
        Set<String> acceptedKeys = new java.util.HashSet<>();
        for (FileStage file : files) {
            issues.addAll(file.issues());
            if (file.hasErrors()) {
                quarantined.add(file.file());
                protectedYears.addAll(file.provinceYears());
            } else {
                acceptedFiles.add(file.file());
                file.rows().stream().filter(row -> acceptedKeys.add(row.key())).forEach(accepted::add);
            }
        }
        return new IngestResult(accepted, acceptedFiles, quarantined, protectedYears, issues);
    }

    /**
     * A key given different values by any two files quarantines every file that gives it a value different from
     * another's: with 80, 90 and 80 in files a, b and c, all three (keeping c's 80 would pick a value silently).
     */
    private static void flagConflicts(List<FileStage> files) {
        Map<String, List<StagedScore>> rowsByKey = new HashMap<>();
        Map<String, FileStage> stageOf = new HashMap<>();
        for (FileStage file : files) {
            stageOf.put(file.file(), file);
            for (StagedScore row : file.rows()) {
                rowsByKey.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row);
            }
        }
        for (List<StagedScore> rows : rowsByKey.values()) {
            if (rows.size() < 2) {
                continue;
            }
            for (StagedScore row : rows) {
                rows.stream().filter(other -> !other.file().equals(row.file()) && !other.sameValueAs(row)).findFirst()
                        .ifPresent(other -> stageOf.get(row.file()).addIssue(Issue.error(row.file(), row.line(),
                                "score", "conflicting_files", row.unitId() + " " + row.index() + " " + row.code() + " "
                                        + row.year() + " is " + row.valueText() + " here but " + other.valueText()
                                        + " in " + other.file() + " line " + other.line()
                                        + "; every file giving it a different value is quarantined")));
            }
        }
    }
}
