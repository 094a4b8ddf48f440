package vn.parindex.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.publish.Warehouse;

/** What a careless operator or a broken sync does to a run: the night still ends in a clear, safe state. */
class ReliabilityTest {
    @TempDir
    Path dir;

    private static RunOutcome run(Path input, Path warehouse, boolean allowEmpty) {
        return NightlyRunner.run(new RunRequest(input, warehouse, "local[2]", true, TestInputs.AS_OF, allowEmpty),
                RepositorySettings.h2In(warehouse));
    }

    @Test
    void anEmptyScoresFolderPublishesNothingUnlessAllowed() throws IOException {
        Path input = TestInputs.copyExampleInput(dir);
        Path warehouse = dir.resolve("warehouse");
        assertEquals(RunOutcome.OK, run(input, warehouse, false).exitCode());
        String published = new Warehouse(warehouse).currentManifest().orElseThrow().id();
        try (Stream<Path> files = Files.list(input.resolve("scores"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        RunOutcome empty = run(input, warehouse, false);

        assertEquals(RunOutcome.NOTHING_PUBLISHED, empty.exitCode(), empty.summary());
        assertTrue(empty.summary().contains("--allow-empty"), empty.summary());
        assertEquals(published, new Warehouse(warehouse).currentManifest().orElseThrow().id(), "current kept");
        RunOutcome allowed = run(input, warehouse, true);
        assertTrue(allowed.exitCode() == RunOutcome.OK, allowed.summary());
        assertFalse(published.equals(new Warehouse(warehouse).currentManifest().orElseThrow().id()));
    }

    @Test
    void aDamagedJobRepositoryIsMovedAsideAndTheRunGoesOn() throws IOException {
        Path input = TestInputs.copyExampleInput(dir);
        Path warehouse = dir.resolve("warehouse");
        assertEquals(RunOutcome.OK, run(input, warehouse, false).exitCode());
        Path database = warehouse.resolve("jobrepo/parindex.mv.db");
        byte[] whole = Files.readAllBytes(database);
        // truncated, as a full disk leaves it, and its two 4 KB header blocks overwritten: H2 reopens a file that is
        // only truncated from an earlier chunk when the cut leaves one whole, so truncation alone damages it or not
        // depending on where the run's last chunks landed
        byte[] damaged = java.util.Arrays.copyOf(whole, Math.max(8192, whole.length / 3));
        java.util.Arrays.fill(damaged, 0, 8192, (byte) 0);
        Files.write(database, damaged);

        RunOutcome outcome = run(input, warehouse, false);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        try (Stream<Path> siblings = Files.list(warehouse)) {
            assertEquals(1, siblings.filter(p -> p.getFileName().toString().startsWith("jobrepo.damaged-")).count());
        }
        assertTrue(Files.exists(database), "a new repository was created");
    }

    @Test
    void unknownOptionsAndMissingValuesRunNothing() {
        var out = new java.io.ByteArrayOutputStream();
        var print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        Path elsewhere = dir.resolve("x");
        assertEquals(2, vn.parindex.MainAccess.exitCode(new String[]{"run", "--warehose", elsewhere.toString()}, print));
        assertEquals(2, vn.parindex.MainAccess.exitCode(new String[]{"validate", "--inptu", "/nonexistent"}, print));
        assertEquals(2, vn.parindex.MainAccess.exitCode(new String[]{"run", "--input"}, print));
        assertEquals(2, vn.parindex.MainAccess.exitCode(new String[]{"run", "--as-of", "15/6/2024"}, print));
        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(printed.contains("unknown option --warehose"), printed);
        assertTrue(printed.contains("usage: ./parindex"), printed);
        assertFalse(Files.exists(elsewhere));
    }

    /** `--as-of +99999-01-01` once started a full run: a date outside 1990–2100, or not yyyy-mm-dd, runs nothing. */
    @Test
    void anAsOfOutsideTheSaneRangeOrNotWrittenYyyyMmDdRunsNothing() {
        Path input = TestInputs.copyExampleInput(dir);
        Path warehouse = dir.resolve("warehouse");
        for (String bad : List.of("+99999-01-01", "99999-01-01", "1989-12-31", "2101-01-01", "0000-01-01",
                "+2024-06-15", "2024-6-15", "20240615", "2024/06/15", "2024-02-30", "2024-06-15T00:00",
                "\uff12\uff10\uff12\uff14-06-15", "2024-06-15\u200b")) {
            var out = new java.io.ByteArrayOutputStream();
            var print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
            int code = vn.parindex.MainAccess.exitCode(new String[]{"run", "--input", input.toString(),
                    "--warehouse", warehouse.toString(), "--as-of", bad}, print);
            String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(RunOutcome.NOTHING_PUBLISHED, code, bad + ": " + printed);
            assertTrue(printed.startsWith("error: --as-of "), printed);
            assertTrue(printed.contains("usage: ./parindex"), printed);
            assertTrue(printed.codePoints().allMatch(c -> c == '\n' || !vn.parindex.marts.HiddenCharacters.isHidden(c)),
                    "what was typed is shown with its hidden characters written out: " + printed);
        }
        assertFalse(Files.exists(warehouse), "nothing ran");
        assertEquals(java.time.LocalDate.of(1990, 1, 1), vn.parindex.MainAccess.asOf("1990-01-01"));
        assertEquals(java.time.LocalDate.of(2100, 12, 31), vn.parindex.MainAccess.asOf(" 2100-12-31 "));
    }

    /**
     * A score file with a header and no rows has nothing wrong in it and gives nothing: a warning names it, it is not
     * quarantined, the exit code is that of the rest; a workbook whose table has no unit row is the same case.
     */
    @Test
    void aFileWithAHeaderAndNoRowsIsReportedNotQuarantined() throws IOException {
        Path input = TestInputs.copyExampleInput(dir);
        Path warehouse = dir.resolve("warehouse");
        TestInputs.write(input.resolve("scores/2025.csv"), "province,year,unit,index,code,score\r\n\r\n");
        TestInputs.write(input.resolve("scores/PL01-2024.xlsx"), vn.parindex.workbook.BrokenFiles.emptyAnnex());

        RunOutcome outcome = run(input, warehouse, false);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        var manifest = new Warehouse(warehouse).currentManifest().orElseThrow();
        assertEquals(List.of(), manifest.quarantinedFiles());
        assertTrue(manifest.inputFiles().containsAll(List.of("scores/2025.csv", "scores/PL01-2024.xlsx")),
                manifest.inputFiles().toString());
        List<String> report = Files.readAllLines(warehouse.resolve("current/extracts/quality_issues.csv"));
        assertTrue(report.contains("warning,scores/2025.csv,,,no_rows,the file has a header but no score rows: it"
                + " contributed nothing,\"reported, nothing to use\""), report.toString());
        assertTrue(report.contains("warning,scores/PL01-2024.xlsx,,,no_unit_rows,the ranking table has a header but no"
                + " unit rows with scores: the file contributed nothing,\"reported, nothing to use\""),
                report.toString());
    }

    /**
     * A right-to-left override in a unit's name would reorder what a spreadsheet shows around it: no bidi control
     * reaches an extract or a workbook of the run; the name is there without it.
     */
    @Test
    void aRightToLeftOverrideInANameReachesNeitherTheExtractsNorTheWorkbooks() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        Path warehouse = dir.resolve("warehouse");
        Path units = input.resolve("reference/units.csv");
        TestInputs.write(units, TestInputs.read(units).replace("X-NV,Tỉnh Mẫu,department,Sở Nội vụ,",
                "X-NV,Tỉnh Mẫu,department,Sở \u202ENội vụ\u202C \u2067(mới)\u2069,"));

        RunOutcome outcome = run(input, warehouse, false);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        String unitYear = Files.readString(warehouse.resolve("current/extracts/unit_year.csv"));
        assertTrue(unitYear.contains(",X-NV,Sở Nội vụ (mới),"), unitYear);
        List<Path> shown;
        try (Stream<Path> files = Files.walk(warehouse.resolve("current").toRealPath())) {
            shown = files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".xlsx")).toList();
        }
        assertTrue(shown.stream().anyMatch(f -> f.toString().endsWith(".xlsx")), shown.toString());
        boolean named = false;
        for (Path file : shown) {
            String text = file.toString().endsWith(".csv") ? Files.readString(file) : workbookText(file);
            assertTrue(text.codePoints().noneMatch(vn.parindex.marts.HiddenCharacters::isBidiControl),
                    "a bidi control in " + file);
            named |= file.toString().endsWith(".xlsx") && text.contains("Sở Nội vụ (mới)");
        }
        assertTrue(named, "Tỉnh Mẫu's workbook names the unit, without the controls: " + shown);
    }

    /** Every string cell of a workbook, its sheet names and its charts' titles and series names. */
    private static String workbookText(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            for (var sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            text.append(cell.getStringCellValue()).append('\n');
                        }
                    }
                }
                for (var chart : ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).createDrawingPatriarch().getCharts()) {
                    text.append(chart.getCTChart().xmlText()).append('\n');
                }
            }
            text.append(workbook.getProperties().getCoreProperties().getTitle());
        }
        return text.toString();
    }

    @Test
    void aFailureEndsInOneLineNamingWhatToFix() {
        Exception full = new RuntimeException("job failed", new IOException(
                "writing /data/warehouse/snapshots/x/extracts/unit_year.csv", new IOException("No space left on device")));
        assertEquals("No space left on device while writing /data/warehouse/snapshots/x/extracts/unit_year.csv",
                FailureCause.of(full));
        Exception mkdirs = new RuntimeException(new IOException("Mkdirs failed to create /data/warehouse/snapshots/x"));
        assertTrue(FailureCause.of(mkdirs).startsWith("Cannot write /data/warehouse/snapshots/x"),
                FailureCause.of(mkdirs));
        assertEquals(List.of(1L), List.of(FailureCause.of(new IllegalStateException("a\nb\nc")).lines().count()));
    }
}
