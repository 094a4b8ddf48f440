package vn.parindex.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    public static IngestResult settle(List<FileStage> files) throws IOException {
        flagConflicts(files);
        List<FileStage> accepted = new ArrayList<>();
        List<String> quarantined = new ArrayList<>();
        Set<ProvinceYear> protectedYears = new LinkedHashSet<>();
        List<Issue> issues = new ArrayList<>();
        for (FileStage file : files) {
            issues.addAll(file.issues());
            if (file.hasErrors()) {
                quarantined.add(file.file());
                protectedYears.addAll(file.provinceYears());
            } else {
                accepted.add(file);
            }
        }
        return new IngestResult(accepted, quarantined, protectedYears, issues, !shared(accepted).isEmpty());
    }

    /** The province-years that two or more of the files speak about, with those files in reading order. */
    private static Map<ProvinceYear, List<FileStage>> shared(List<FileStage> files) {
        Map<ProvinceYear, List<FileStage>> filesOf = new LinkedHashMap<>();
        for (FileStage file : files) {
            file.provinceYears().forEach(year -> filesOf.computeIfAbsent(year, k -> new ArrayList<>()).add(file));
        }
        filesOf.values().removeIf(sharing -> sharing.size() < 2);
        return filesOf;
    }

    /**
     * A key given different values by any two files quarantines every file that gives it a value different from
     * another's: with 80, 90 and 80 in files a, b and c, all three (keeping c's 80 would pick a value silently).
     * Keys belong to one province-year, so only the province-years files share are compared, one at a time: the
     * rows in memory are one province-year's, never the run's.
     */
    private static void flagConflicts(List<FileStage> files) throws IOException {
        for (Map.Entry<ProvinceYear, List<FileStage>> entry : shared(files).entrySet()) {
            Map<String, List<StagedScore>> rowsByKey = new HashMap<>();
            Map<String, FileStage> stageOf = new HashMap<>();
            for (FileStage file : entry.getValue()) {
                stageOf.put(file.file(), file);
                file.rows().forEach(Set.of(entry.getKey()),
                        row -> rowsByKey.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row));
            }
            for (List<StagedScore> rows : rowsByKey.values()) {
                if (rows.size() > 1) {
                    flag(rows, stageOf);
                }
            }
        }
    }

    private static void flag(List<StagedScore> rows, Map<String, FileStage> stageOf) {
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
