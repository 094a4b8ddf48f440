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

    private static void flagConflicts(List<FileStage> files) {
        Map<String, StagedScore> firstByKey = new HashMap<>();
        Map<String, FileStage> fileOf = new HashMap<>();
        for (FileStage file : files) {
            for (StagedScore row : file.rows()) {
                StagedScore first = firstByKey.putIfAbsent(row.key(), row);
                if (first == null) {
                    fileOf.put(row.key(), file);
                } else if (!first.file().equals(row.file()) && !first.sameValueAs(row)) {
                    String what = row.unitId() + " " + row.index() + " " + row.code() + " " + row.year();
                    file.addIssue(Issue.error(row.file(), row.line(), "score", "conflicting_files", what + " is "
                            + row.valueText() + " here but " + first.valueText() + " in " + first.file()
                            + " line " + first.line() + "; both files are quarantined"));
                    fileOf.get(row.key()).addIssue(Issue.error(first.file(), first.line(), "score",
                            "conflicting_files", what + " is " + first.valueText() + " here but " + row.valueText()
                            + " in " + row.file() + " line " + row.line() + "; both files are quarantined"));
                }
            }
        }
    }
}
