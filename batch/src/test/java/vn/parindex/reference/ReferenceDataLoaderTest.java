package vn.parindex.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.Tier;
import vn.parindex.quality.Issue;

/** Invalid reference data stops the run, naming file, line and item. */
class ReferenceDataLoaderTest {
    @TempDir
    Path dir;
    private Path input;

    @BeforeEach
    void copyExample() {
        input = TestInputs.copyExampleInput(dir);
    }

    private Issue onlyProblem() {
        ReferenceDataException error = assertThrows(ReferenceDataException.class, () -> ReferenceDataLoader.load(input));
        assertEquals(1, error.issues().size(), error.issues().toString());
        return error.issues().get(0);
    }

    private void replaceIn(String file, String from, String to) {
        Path path = input.resolve("reference").resolve(file);
        String text = TestInputs.read(path);
        assertTrue(text.contains(from));
        TestInputs.write(path, text.replace(from, to));
    }

    @Test
    void theExampleIsValid() {
        ReferenceData data = ReferenceDataLoader.load(input);
        assertEquals(7, data.units().all().size());
        assertEquals(14, data.methodology().allItems().size());
        assertEquals(8, data.targets().size());
        assertEquals(2, data.tables().size());
        assertEquals(63, data.members("Việt Nam", Tier.PROVINCE, ScoreIndex.PAR, 2024).getAsInt());
        assertEquals(34, data.members("Việt Nam", Tier.PROVINCE, ScoreIndex.PAR, 2031).getAsInt());
        assertTrue(data.members("Việt Nam", Tier.PROVINCE, ScoreIndex.PAPI, 2024).isEmpty());
    }

    @Test
    void childrenMaximaMustAddUpToTheParents() {
        replaceIn("methodology.csv", "2024,PAR,1.2,1,Kế hoạch,6,", "2024,PAR,1.2,1,Kế hoạch,5,");
        Issue issue = onlyProblem();
        assertEquals("reference/methodology.csv", issue.file());
        assertEquals(8, issue.line());
        assertEquals("children_maxima_mismatch", issue.rule());
        assertTrue(issue.message().contains("item 1 of Tỉnh Mẫu department 2024 PAR"), issue.message());
        assertTrue(issue.message().contains("add up to 9.00"), issue.message());
    }

    @Test
    void maximaMustBePositiveNumbers() {
        replaceIn("methodology.csv", "Tài chính công,7,", "Tài chính công,0,");
        assertEquals("invalid_maximum", onlyProblem().rule());
    }

    @Test
    void parentsMustExistInTheSameTree() {
        replaceIn("methodology.csv", "2023,PAR,1.2,1,", "2023,PAR,1.2,9,");
        ReferenceDataException error = assertThrows(ReferenceDataException.class, () -> ReferenceDataLoader.load(input));
        assertTrue(error.issues().stream().anyMatch(i -> i.rule().equals("unknown_parent") && i.line() == 4));
        assertTrue(error.issues().stream().anyMatch(i -> i.rule().equals("children_maxima_mismatch") && i.line() == 2),
                "item 1 has lost a child, so its children no longer add up either");
    }

    @Test
    void unitIdsAreUniqueAndSuccessorsKnown() {
        replaceIn("units.csv", "X-TTTT,Tỉnh Mẫu,department,Sở Thông tin và Truyền thông,STTTT,TTTT,Sở TT&TT,2023,2023,X-KHCN2",
                "X-TTTT,Tỉnh Mẫu,department,Sở Thông tin và Truyền thông,STTTT,TTTT,Sở TT&TT,2023,2023,X-NOPE");
        Issue issue = onlyProblem();
        assertEquals("unknown_successor", issue.rule());
        assertEquals("reference/units.csv", issue.file());
        assertEquals(4, issue.line());
    }

    @Test
    void aSuccessorChainThatComesBackIsInvalid() {
        replaceIn("units.csv", "Sở Khoa học và Công nghệ (sau hợp nhất),SKHCN,KHCN,,2024,,",
                "Sở Khoa học và Công nghệ (sau hợp nhất),SKHCN,KHCN,,2024,,X-KHCN");
        Issue issue = onlyProblem();
        assertEquals(List.of("reference/units.csv", 5, "successor_id", "successor_cycle"),
                List.of(issue.file(), issue.line(), issue.column(), issue.rule()), issue.toString());
        assertTrue(issue.message().contains("X-KHCN → X-KHCN2 → X-KHCN"), issue.message());
        assertEquals(Issue.RUN_STOPPED, issue.action());
    }

    @Test
    void aUnitThatSucceedsItselfIsInvalid() {
        replaceIn("units.csv", "Sở Nội vụ,SNV,NOIVU,,2023,,", "Sở Nội vụ,SNV,NOIVU,,2023,2024,X-NV");
        Issue issue = onlyProblem();
        assertEquals(List.of(2, "successor_cycle"), List.of(issue.line(), issue.rule()));
        assertTrue(issue.message().contains("X-NV → X-NV"), issue.message());
    }

    @Test
    void eachCycleIsReportedOnceAndChainsIntoOneAreNot() {
        // X-TTTT → X-KHCN2 → X-NV → X-TP → X-KHCN2: one cycle of three, X-TTTT and X-KHCN only lead into it
        replaceIn("units.csv", "Sở Nội vụ,SNV,NOIVU,,2023,,", "Sở Nội vụ,SNV,NOIVU,,2023,2024,X-TP");
        replaceIn("units.csv", "Sở Tư pháp,STP,TUPHAP,Sở TP,2023,,", "Sở Tư pháp,STP,TUPHAP,Sở TP,2023,2024,X-KHCN2");
        replaceIn("units.csv", "(sau hợp nhất),SKHCN,KHCN,,2024,,", "(sau hợp nhất),SKHCN,KHCN,,2024,2025,X-NV");
        Issue issue = onlyProblem();
        assertEquals(2, issue.line(), "at the cycle's first unit in the file");
        assertTrue(issue.message().contains("X-NV → X-TP → X-KHCN2 → X-NV"), issue.message());
    }

    /** Contract 1.1 and 3: invalid reference data publishes nothing, exit 2, in `run` and `validate` alike. */
    @Test
    void aCycleStopsRunAndValidateWithExitTwo() {
        replaceIn("units.csv", "Sở Nội vụ,SNV,NOIVU,,2023,,", "Sở Nội vụ,SNV,NOIVU,,2023,2024,X-NV");
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8);
        Path warehouse = dir.resolve("warehouse");
        assertEquals(2, vn.parindex.MainAccess.exitCode(new String[]{"validate", "--input", input.toString()}, out));
        assertEquals(2, vn.parindex.MainAccess.exitCode(new String[]{"run", "--input", input.toString(),
                "--warehouse", warehouse.toString(), "--master", "local[1]", "--as-of", "2024-06-15"}, out));
        String text = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, text.lines().filter(line -> line.contains("reference/units.csv:2 [successor_id]")
                && line.contains("successor_cycle") && line.contains("X-NV → X-NV")).count(), text);
        assertTrue(text.contains("invalid reference data: nothing published"), text);
        assertTrue(!Files.exists(warehouse.resolve("current")), "nothing published");
    }

    @Test
    void aSuccessorWithAHiddenCharacterIsNamedWithIt() {
        replaceIn("units.csv", "2023,2023,X-KHCN2\nX-KHCN,", "2023,2023,X-KHCN2\u200b\nX-KHCN,");
        Issue issue = onlyProblem();
        assertEquals("unknown_successor", issue.rule());
        assertTrue(issue.message().startsWith("successor 'X-KHCN2\\u200b' of X-TTTT is not a unit_id"), issue.message());
    }

    @Test
    void validityMustBeOrdered() {
        replaceIn("units.csv", "Sở Nội vụ,SNV,NOIVU,,2023,,", "Sở Nội vụ,SNV,NOIVU,,2023,2020,");
        assertEquals("invalid_validity", onlyProblem().rule());
    }

    @Test
    void targetsMustNameKnownUnitsAndKinds() {
        replaceIn("targets.csv", "X-NV,2024,PAR,TOTAL,rank_at_most", "X-NV,2024,PAR,TOTAL,top_ten");
        assertEquals("unknown_target_kind", onlyProblem().rule());
    }

    @Test
    void tablesMustNotOverlapAndHaveMembers() {
        replaceIn("tables.csv", "PAR,2025,,34", "PAR,2024,,34");
        Issue overlap = onlyProblem();
        assertEquals(List.of("reference/tables.csv", 3, "overlapping_tables"),
                List.of(overlap.file(), overlap.line(), overlap.rule()));
        replaceIn("tables.csv", "PAR,2024,,34", "PAR,2025,,0");
        assertEquals("bad_members", onlyProblem().rule());
    }

    @Test
    void aRankImproveTargetIsOnTheTotal() {
        replaceIn("targets.csv", "Tỉnh Mẫu,X-KHCN2,2025,PAR,TOTAL,rank_improve,", "Tỉnh Mẫu,X-KHCN2,2025,PAR,2,rank_improve,");
        assertEquals("rank_improve_not_total", onlyProblem().rule());
    }

    @Test
    void unitsFileIsRequired() throws Exception {
        Files.delete(input.resolve("reference/units.csv"));
        assertEquals("missing_file", onlyProblem().rule());
    }
}
