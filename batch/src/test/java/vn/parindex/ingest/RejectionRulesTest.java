package vn.parindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.quality.Issue;
import vn.parindex.validation.Validation;

/** One test per rule of contract 1.3 that quarantines a score file; the example's own files stay accepted. */
class RejectionRulesTest {
    private static final String HEADER = "province,year,unit,index,code,score\n";

    @TempDir
    Path dir;
    private Path input;

    @BeforeEach
    void copyExample() {
        input = TestInputs.copyExampleInput(dir);
    }

    /** Ingests the input with bad.csv added; checks bad.csv alone is quarantined and returns its problems. */
    private List<Issue> rejected(String content) throws Exception {
        return rejected(content.getBytes(StandardCharsets.UTF_8));
    }

    private List<Issue> rejected(byte[] content) throws Exception {
        return rejected(content, new String[0]);
    }

    /** As {@link #rejected(String)}, with other files of the input accepted as well. */
    private List<Issue> rejected(String content, String... alsoAccepted) throws Exception {
        return rejected(content.getBytes(StandardCharsets.UTF_8), alsoAccepted);
    }

    private List<Issue> rejected(byte[] content, String... alsoAccepted) throws Exception {
        TestInputs.write(input.resolve("scores/bad.csv"), content);
        IngestResult result = Validation.read(input, List.of()).result();
        assertEquals(List.of("scores/bad.csv"), result.quarantinedFiles());
        List<String> accepted = new java.util.ArrayList<>(List.of("scores/2023.csv", "scores/2024.csv",
                "scores/national.csv"));
        accepted.addAll(List.of(alsoAccepted));
        assertEquals(accepted.stream().sorted().toList(), result.acceptedFiles().stream().sorted().toList());
        assertTrue(result.accepted().stream().noneMatch(row -> row.file().equals("scores/bad.csv")),
                "no row of a quarantined file is used");
        List<Issue> issues = result.issues().stream().filter(issue -> issue.file().equals("scores/bad.csv")).toList();
        assertTrue(issues.stream().allMatch(issue -> issue.action().equals(Issue.QUARANTINED)));
        return issues;
    }

    private static Issue single(List<Issue> issues, String rule, int line, String column) {
        List<Issue> matching = issues.stream().filter(issue -> issue.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), "one " + rule + " in " + issues);
        assertEquals(line, matching.get(0).line());
        assertEquals(column, matching.get(0).column());
        return matching.get(0);
    }

    @Test
    void scoreAboveTheItemsMaximum() throws Exception {
        Issue issue = single(rejected(HEADER + "Tỉnh Mẫu,2023,X-KHCN,PAR,3,7\nTỉnh Mẫu,2023,X-KHCN,PAR,1,11\n"),
                "above_maximum", 3, "score");
        assertTrue(issue.message().contains("maximum 10.00"), issue.message());
    }

    @Test
    void scoreThatIsNotANumber() throws Exception {
        single(rejected(HEADER + "Tỉnh Mẫu,2023,X-KHCN,PAR,1,mười\n"), "not_a_number", 2, "score");
    }

    @Test
    void scoreBelowZero() throws Exception {
        single(rejected(HEADER + "Tỉnh Mẫu,2023,X-KHCN,PAR,1,-1\n"), "below_zero", 2, "score");
    }

    @Test
    void unknownUnitWithTheClosestKnownNames() throws Exception {
        Issue issue = single(rejected(HEADER + "Tỉnh Mẫu,2023,Sở Tư phap,PAR,1,9\n"), "unknown_unit", 2, "unit");
        assertTrue(issue.message().contains("closest known: Sở Tư pháp"), issue.message());
    }

    /** A unit id with a hidden character is not the unit it looks like, and the message shows why. */
    @Test
    void hiddenCharactersInAValueAreWrittenOutInTheMessage() throws Exception {
        List<Issue> issues = rejected(HEADER + "Tỉnh Mẫu,2023,X-N\u0000V,PAR,1,9\n" + "Tỉnh Mẫu,2023,\uFEFFX-NV,PAR,2,9\n"
                + "Tỉnh Mẫu,2023,X-NV\u200B,PAR,3,6\n" + "Tỉnh Mẫu,2023,X-\u202ENV,PAR,4,50\n"
                + "Tỉnh Mẫu,2023,X-NV,PAR\u2066,4,50\n");
        assertEquals(List.of("unknown_unit", "unknown_unit", "unknown_unit", "unknown_unit", "unknown_index"),
                issues.stream().map(Issue::rule).toList());
        assertTrue(issues.get(0).message().startsWith("unknown unit 'X-N\\u0000V' in Tỉnh Mẫu"), issues.get(0).message());
        assertTrue(issues.get(1).message().startsWith("unknown unit '\\ufeffX-NV'"), issues.get(1).message());
        assertTrue(issues.get(2).message().startsWith("unknown unit 'X-NV\\u200b'"), issues.get(2).message());
        assertTrue(issues.get(3).message().startsWith("unknown unit 'X-\\u202eNV'"), issues.get(3).message());
        assertTrue(issues.get(4).message().startsWith("index 'PAR\\u2066'"), issues.get(4).message());
        for (Issue issue : issues) {
            assertTrue(issue.message().codePoints().noneMatch(vn.parindex.marts.HiddenCharacters::isHidden),
                    issue.message());
        }
    }

    @Test
    void unknownItemCode() throws Exception {
        Issue issue = single(rejected(HEADER + "Tỉnh Mẫu,2023,X-KHCN,PAR,5,1\n"), "unknown_code", 2, "code");
        assertTrue(issue.message().contains("known codes: 1, 1.1, 1.2, 2, 3, 4"), issue.message());
    }

    @Test
    void unknownIndexAndProvince() throws Exception {
        List<Issue> issues = rejected(HEADER + "Tỉnh Mẫu,2023,X-KHCN,PARX,1,9\nTỉnh Khác,2023,X-KHCN,PAR,1,9\n");
        single(issues, "unknown_index", 2, "index");
        single(issues, "unknown_province", 3, "province");
    }

    @Test
    void aYearWithNoMethodology() throws Exception {
        Issue issue = single(rejected(HEADER + "Tỉnh Mẫu,2025,X-NV,PAR,1,9\n"), "no_methodology", 2, "year");
        assertTrue(issue.message().contains("Tỉnh Mẫu department 2025 PAR"), issue.message());
    }

    @Test
    void aUnitScoredOutsideItsYears() throws Exception {
        single(rejected(HEADER + "Tỉnh Mẫu,2024,X-TTTT,PAR,1,9\n"), "unit_not_valid_in_year", 2, "unit");
    }

    @Test
    void aUnitOfAnotherProvince() throws Exception {
        TestInputs.write(input.resolve("reference/units.csv"), TestInputs.read(input.resolve("reference/units.csv"))
                + "Y-NV,Tỉnh Khác,department,Sở Nội vụ tỉnh Khác,SNV-K,NOIVU,,2023,,\n");
        single(rejected(HEADER + "Tỉnh Mẫu,2023,Y-NV,PAR,1,9\n"), "unit_in_other_province", 2, "unit");
    }

    @Test
    void aNameSharedByTwoUnitsValidTheSameYear() throws Exception {
        String units = TestInputs.read(input.resolve("reference/units.csv"))
                .replace("X-NV,Tỉnh Mẫu,department,Sở Nội vụ,SNV,NOIVU,,", "X-NV,Tỉnh Mẫu,department,Sở Nội vụ,SNV,NOIVU,Sở N,")
                .replace("X-TP,Tỉnh Mẫu,,Sở Tư pháp,STP,TUPHAP,Sở TP,", "X-TP,Tỉnh Mẫu,,Sở Tư pháp,STP,TUPHAP,Sở TP|Sở N,");
        TestInputs.write(input.resolve("reference/units.csv"), units);
        single(rejected(HEADER + "Tỉnh Mẫu,2023,Sở N,PAR,1,9\n"), "ambiguous_unit", 2, "unit");
    }

    @Test
    void theSameKeyTwiceInAFile() throws Exception {
        Issue issue = single(rejected(HEADER + "Tỉnh Mẫu,2023,X-KHCN,PAR,1,9\ntỉnh mẫu,2023,SKHCN,par,1,9\n"),
                "duplicate_row", 3, "code");
        assertTrue(issue.message().contains("line 2"), issue.message());
    }

    @Test
    void aFileThatIsNotUtf8() throws Exception {
        byte[] windows = (HEADER + "T\u1ec9nh M\u1eabu,2023,X-KHCN,PAR,1,9\nx,2023,S\u00f4,PAR,1,9\n")
                .getBytes(StandardCharsets.UTF_8);
        windows[windows.length - 14] = (byte) 0xF4;
        single(rejected(windows), "not_utf8", 3, "");
    }

    @Test
    void aHeaderWithoutTheScoreColumn() throws Exception {
        single(rejected("province,year,unit,index,code\nTỉnh Mẫu,2023,X-KHCN,PAR,1\n"), "missing_column", 1, "");
    }

    @Test
    void anUnquotedDecimalCommaInACommaFile() throws Exception {
        single(rejected(HEADER + "Tỉnh Mẫu,2023,X-KHCN,PAR,1,9,5\n"), "extra_fields", 2, "");
    }

    @Test
    void publishedRankAndTotalMustBeUsable() throws Exception {
        List<Issue> issues = rejected(HEADER + "Tỉnh Mẫu,2023,X-KHCN,PAR,RANK,1.5\nTỉnh Mẫu,2023,X-KHCN,PAR,TOTAL,101\n");
        single(issues, "bad_rank", 2, "score");
        single(issues, "above_maximum", 3, "score");
    }

    @Test
    void aRankMustFitItsTable() throws Exception {
        List<Issue> issues = rejected(HEADER + "Việt Nam,2023,VN-MAU,PAR,RANK,64\n"
                + "Tỉnh Mẫu,2023,X-KHCN,PAR,RANK,3000000000\n");
        assertEquals(List.of("rank_out_of_range", "rank_out_of_range"), issues.stream().map(Issue::rule).toList());
        assertEquals(List.of(2, 3), issues.stream().map(Issue::line).toList());
        assertTrue(issues.get(0).message().contains("outside 1–63 (the table's members in reference/tables.csv)"),
                issues.get(0).message());
        assertTrue(issues.get(1).message().contains("outside 1–10000"), issues.get(1).message());
    }

    /** Contract 1.3: an integer from 1 to 10,000, and no more than the table's members where tables.csv gives them. */
    @Test
    void aRanksBoundsAreInclusive() throws Exception {
        TestInputs.write(input.resolve("reference/tables.csv"), TestInputs.read(input.resolve("reference/tables.csv"))
                + "Tỉnh Mẫu,department,PAR,2025,,20000\n");
        TestInputs.write(input.resolve("scores/bounds.csv"), HEADER + "Tỉnh Mẫu,2023,X-NV,PAR,RANK,10000\n"
                + "Tỉnh Mẫu,2024,X-NV,PAR,RANK,1\n" + "Việt Nam,2025,VN-MAU,PAR,RANK,34\n"
                + "Tỉnh Mẫu,2025,X-NV,PAR,RANK,10000\n");
        List<Issue> issues = rejected(HEADER + "Tỉnh Mẫu,2023,X-KHCN,PAR,RANK,10001\n"
                + "Tỉnh Mẫu,2024,X-NV,PAR,RANK,0\n" + "Tỉnh Mẫu,2024,X-TP,PAR,RANK,-3\n"
                + "Việt Nam,2025,VN-LGI,PAR,RANK,35\n" + "Tỉnh Mẫu,2025,X-TP,PAR,RANK,10001\n",
                "scores/bounds.csv");
        assertEquals(List.of("rank_out_of_range"), issues.stream().map(Issue::rule).distinct().toList(),
                issues.toString());
        assertEquals(List.of(2, 3, 4, 5, 6), issues.stream().map(Issue::line).toList());
        assertTrue(issues.get(3).message().contains("outside 1–34"), issues.get(3).message());
        assertTrue(issues.get(4).message().contains("outside 1–10000"),
                "20,000 members in tables.csv do not lift the contract's 10,000: " + issues.get(4).message());
    }

    @Test
    void aPapiTotalIsOnItsOwnScale() throws Exception {
        Issue issue = single(rejected(HEADER + "Việt Nam,2024,VN-MAU,PAPI,TOTAL,20.5\n"), "above_maximum", 2,
                "score");
        assertTrue(issue.message().contains("0–20"), issue.message());
    }

    @Test
    void provenanceMustBeOneOfTheFourKinds() throws Exception {
        Issue issue = single(rejected("province,year,unit,index,code,score,provenance,source\n"
                + "Tỉnh Mẫu,2023,X-KHCN,PAR,TOTAL,85,estimated,báo cáo\n"), "bad_provenance", 2, "provenance");
        assertTrue(issue.message().contains("'estimated'"), issue.message());
    }

    @Test
    void anOverlongFieldIsReportedByItsLengthQuickly() throws Exception {
        String huge = "Sở " + "x".repeat(1_000_000);
        long started = System.nanoTime();
        List<Issue> issues = rejected(HEADER + ("Tỉnh Mẫu,2023," + huge + ",PAR,TOTAL,85\n").repeat(3));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(3, issues.size(), issues.toString());
        Issue first = issues.get(0);
        assertEquals(List.of("field_too_long", "unit", 2), List.of(first.rule(), first.column(), first.line()));
        assertTrue(first.message().contains("1000003 characters"), first.message());
        assertTrue(first.message().length() < 200, "the field is not echoed");
        assertTrue(millis < 20_000, "three 1 MB names took " + millis + " ms");
    }

    @Test
    void aHeaderNamingAColumnTwice() throws Exception {
        Issue issue = single(rejected("province,year,unit,index,code,score,Score\nTỉnh Mẫu,2023,X-KHCN,PAR,TOTAL,85,86\n"),
                "duplicate_column", 1, "");
        assertTrue(issue.message().contains("columns 6 and 7"), issue.message());
    }

    @Test
    void aThreeWayConflictQuarantinesEveryFileGivingTheKeyAValue() throws Exception {
        TestInputs.write(input.resolve("scores/a.csv"), HEADER + "Tỉnh Mẫu,2025,X-NV,PAR,TOTAL,80\n");
        TestInputs.write(input.resolve("scores/b.csv"), HEADER + "Tỉnh Mẫu,2025,X-NV,PAR,TOTAL,90\n");
        TestInputs.write(input.resolve("scores/c.csv"), HEADER + "Tỉnh Mẫu,2025,X-NV,PAR,TOTAL,80\n");
        IngestResult result = Validation.read(input, List.of()).result();
        assertEquals(List.of("scores/a.csv", "scores/b.csv", "scores/c.csv"), result.quarantinedFiles(),
                "80, 90, 80: keeping c's 80 would pick a value silently");
        assertTrue(result.accepted().stream().noneMatch(row -> row.year() == 2025));
    }

    @Test
    void identicalRepeatsInSeveralFilesAreUsedOnce() throws Exception {
        TestInputs.write(input.resolve("scores/a.csv"), HEADER + "Tỉnh Mẫu,2025,X-NV,PAR,TOTAL,80\n");
        TestInputs.write(input.resolve("scores/c.csv"), HEADER + "Tỉnh Mẫu,2025,X-NV,PAR,TOTAL,80\n");
        IngestResult result = Validation.read(input, List.of()).result();
        assertEquals(List.of(), result.quarantinedFiles());
        assertEquals(1, result.accepted().stream().filter(row -> row.year() == 2025).count());
    }

    @Test
    void differentValuesForTheSameKeyInTwoFilesQuarantineBoth() throws Exception {
        TestInputs.write(input.resolve("scores/other.csv"), HEADER + "Tỉnh Mẫu,2023,X-NV,PAR,2,11\n");
        IngestResult result = Validation.read(input, List.of()).result();
        assertEquals(List.of("scores/2023.csv", "scores/other.csv"), result.quarantinedFiles());
        List<Issue> conflicts = result.issues().stream().filter(i -> i.rule().equals("conflicting_files")).toList();
        assertEquals(2, conflicts.size());
        assertEquals(4, conflicts.stream().filter(i -> i.file().equals("scores/2023.csv")).findFirst().get().line());
    }

    @Test
    void identicalRepeatsInTwoFilesAreUsedOnce() throws Exception {
        TestInputs.write(input.resolve("scores/again.csv"), "unit;province;year;index;code;score\n"
                + "X-NV;Tỉnh Mẫu;2023;PAR;2;12,0\n");
        IngestResult result = Validation.read(input, List.of()).result();
        assertEquals(List.of(), result.quarantinedFiles());
        assertEquals(1, result.accepted().stream()
                .filter(row -> row.unitId().equals("X-NV") && row.year() == 2023 && row.code().equals("2")).count());
    }

    @Test
    void namesMatchWhateverTheirCaseSpacingAndUnicodeForm() throws Exception {
        String decomposed = java.text.Normalizer.normalize("  sở  tư PHÁP ", java.text.Normalizer.Form.NFD);
        TestInputs.write(input.resolve("scores/names.csv"), HEADER + "TỈNH MẪU,2024," + decomposed + ",PAR,TOTAL,89\n");
        IngestResult result = Validation.read(input, List.of()).result();
        assertEquals(List.of(), result.quarantinedFiles(), result.issues().toString());
        assertTrue(result.accepted().stream().anyMatch(row -> row.unitId().equals("X-TP") && row.code().equals("TOTAL")
                && row.province().equals("Tỉnh Mẫu")));
    }
}
