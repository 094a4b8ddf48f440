package vn.parindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.marts.Provenance;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.Tier;

class ParquetRowsTest {
    @TempDir
    Path dir;

    @Test
    void stagedRowsComeBackAsTheyWereOfTheProvinceYearsAsked() throws Exception {
        List<StagedScore> written = List.of(
                new StagedScore("scores/a.csv", 2, "Lào Cai", Tier.DEPARTMENT, 2022, "LCI-STTTT", ScoreIndex.PAR,
                        "1.1", 2.5, false, 3.0, Provenance.PUBLISHED, "QĐ 101/QĐ-UBND"),
                new StagedScore("scores/a.csv", 3, "Lào Cai", Tier.DEPARTMENT, 2022, "LCI-STTTT", ScoreIndex.PAR,
                        "1.2", null, true, null, Provenance.SYNTHETIC, null),
                new StagedScore("scores/a.csv", 4, "Lào Cai", Tier.DEPARTMENT, 2023, "LCI-STTTT", ScoreIndex.PAPI,
                        "TOTAL", 43.85, false, null, Provenance.DERIVED, null));
        ParquetRows rows = new ParquetRows(dir.resolve("000001"));
        for (StagedScore row : written) {
            rows.add(row);
        }
        rows.finish();
        assertEquals(3, rows.count());
        List<StagedScore> read = new ArrayList<>();
        rows.forEach(Set.of(new ProvinceYear("Lào Cai", 2022)), read::add);
        assertEquals(written.subList(0, 2), read);
        read.clear();
        rows.forEach(Set.of(new ProvinceYear("Lào Cai", 2023), new ProvinceYear("Lào Cai", 2022)), read::add);
        assertEquals(written, read);
    }

    @Test
    void aLargeFileIsStagedInSeveralPartsReadBackInLineOrder() throws Exception {
        ParquetRows rows = new ParquetRows(dir.resolve("000002"));
        int lines = (int) ParquetRows.ROWS_PER_PART + 3;
        for (int line = 2; line < lines + 2; line++) {
            rows.add(new StagedScore("scores/all.csv", line, "Lào Cai", Tier.COMMUNE, 2024, "X" + line,
                    ScoreIndex.PAR, "1", 1.0, false, null, Provenance.PUBLISHED, null));
        }
        rows.finish();
        try (var parts = java.nio.file.Files.list(rows.folder())) {
            assertEquals(2, parts.filter(p -> p.getFileName().toString().startsWith("part-")).count());
        }
        List<Integer> read = new ArrayList<>();
        rows.forEach(Set.of(new ProvinceYear("Lào Cai", 2024)), row -> read.add(row.line()));
        assertEquals(lines, read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(i + 2, read.get(i));
        }
    }

    @Test
    void aFileWithoutValidRowsLeavesOneEmptyPart() throws Exception {
        ParquetRows rows = new ParquetRows(dir.resolve("000003"));
        rows.finish();
        try (var parts = java.nio.file.Files.list(rows.folder())) {
            assertEquals(1, parts.filter(p -> p.getFileName().toString().startsWith("part-")).count());
        }
        List<StagedScore> read = new ArrayList<>();
        rows.forEach(Set.of(new ProvinceYear("Lào Cai", 2024)), read::add);
        assertEquals(List.of(), read);
    }

    @Test
    void aPartThatCannotBeWrittenFailsTheFileInsteadOfLosingRowsSilently() throws Exception {
        Path notAFolder = java.nio.file.Files.writeString(dir.resolve("taken"), "a file, not a folder");
        java.io.IOException failed = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> {
            ParquetRows rows = new ParquetRows(notAFolder.resolve("000004"));
            for (int line = 2; line < 10_000; line++) {
                rows.add(new StagedScore("scores/all.csv", line, "Lào Cai", Tier.COMMUNE, 2024, "X" + line,
                        ScoreIndex.PAR, "1", 1.0, false, null, Provenance.PUBLISHED, null));
            }
            rows.finish();
        });
        org.junit.jupiter.api.Assertions.assertTrue(failed.toString().contains("taken"), failed.toString());
    }
}
