package vn.parindex.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.publish.Warehouse;

/**
 * The nightly job's ingest path (each file staged as a Parquet part, read by Spark): identical repeats across files
 * are used once, conflicts quarantine every file involved with the contract's message, and nothing staged survives
 * the run.
 */
class StagedIngestTest {
    @TempDir
    Path dir;

    private RunOutcome run(Path input, Path warehouse) {
        return NightlyRunner.run(new RunRequest(input, warehouse, "local[2]", false, TestInputs.AS_OF),
                RepositorySettings.h2In(warehouse));
    }

    @Test
    void aFileRepeatingAnotherIdenticallyChangesNoExtract() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        Files.copy(input.resolve("scores/2024.csv"), input.resolve("scores/2024-again.csv"));
        Path warehouse = dir.resolve("warehouse");
        RunOutcome outcome = run(input, warehouse);
        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        for (String name : TestInputs.EXTRACTS) {
            assertArrayEquals(Files.readAllBytes(TestInputs.example().resolve("expected/" + name + ".csv")),
                    Files.readAllBytes(warehouse.resolve("current/extracts/" + name + ".csv")), name);
        }
        assertFalse(Files.exists(new Warehouse(warehouse).staging()), "the staged parts are removed after the run");
    }

    @Test
    void twoFilesDisagreeingAreBothQuarantinedAndTheRestIsUsed() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        TestInputs.write(input.resolve("scores/z-correction.csv"),
                "province,year,unit,index,code,score\nTỉnh Mẫu,2023,X-NV,PAR,1.2,3\n");
        Path warehouse = dir.resolve("warehouse");
        RunOutcome outcome = run(input, warehouse);
        assertEquals(RunOutcome.QUARANTINED, outcome.exitCode(), outcome.summary());
        List<Map<String, String>> issues = TestInputs.readCsv(warehouse.resolve("current/extracts/quality_issues.csv"));
        Map<String, String> here = TestInputs.only(issues, "rule", "conflicting_files", "file", "scores/2023.csv");
        assertEquals("3", here.get("line"));
        assertEquals("X-NV PAR 1.2 2023 is 4.00 here but 3.00 in scores/z-correction.csv line 2; every file giving it"
                + " a different value is quarantined", here.get("message"));
        TestInputs.only(issues, "rule", "conflicting_files", "file", "scores/z-correction.csv", "line", "2");
        List<Map<String, String>> unitYears = TestInputs.readCsv(warehouse.resolve("current/extracts/unit_year.csv"));
        assertFalse(unitYears.stream().anyMatch(r -> r.get("year").equals("2023") && r.get("tier").equals("department")),
                "no department's 2023 comes from either file");
        assertEquals(1, unitYears.stream().filter(r -> r.get("year").equals("2024")
                && r.get("unit_id").equals("X-NV")).count(), "2024's file is used");
    }
}
