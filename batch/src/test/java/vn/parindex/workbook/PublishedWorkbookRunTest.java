package vn.parindex.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.job.NightlyRunner;
import vn.parindex.job.RepositorySettings;
import vn.parindex.job.RunOutcome;
import vn.parindex.job.RunRequest;

/**
 * The real nightly job on the contract's example whose 2024 scores arrive as a published annex: the extracts are the
 * contract's, byte for byte; broken workbooks beside it are quarantined and the good data still published.
 */
public class PublishedWorkbookRunTest {
    @TempDir
    Path dir;

    /**
     * The example's 2024.csv as a province publishes it: domain scores per unit. The annex has no criteria, so the
     * criteria 1.1 and 1.2 the example gives for two units stay in a long-form file; domain 1 is their sum.
     */
    private Path inputWithPublishedAnnex() {
        Path input = TestInputs.copyExampleInput(dir);
        try {
            Files.delete(input.resolve("scores/2024.csv"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        annex2024().save(input.resolve("scores/2024/PL01-ket-qua-CCHC.xlsx"));
        TestInputs.write(input.resolve("scores/2024/tieu-chi.csv"), CRITERIA_2024);
        return input;
    }

    /**
     * The example's 2024 domain scores as the province publishes them. No total column: the long form publishes no
     * TOTAL for 2024, and "Tổng điểm" out of 100 would be one.
     */
    public static Annex annex2024() {
        return Annex.xlsx(6).standardTitle("Tỉnh Mẫu", 2024).blank()
                .twoRowHeader(new String[] {"STT", "Tên cơ quan, đơn vị", "Điểm các lĩnh vực", "Điểm các lĩnh vực",
                    "Điểm các lĩnh vực", "Điểm các lĩnh vực"},
                        new String[] {"", "", "Công tác chỉ đạo điều hành (10)", "Cải cách thể chế (9)",
                            "Tài chính công (11)", "Điều tra xã hội học (70)"})
                .numbering()
                .group("I. CÁC SỞ, BAN, NGÀNH")
                .row(1, "Sở Nội vụ", "9,5", 9, 10, "60,5")
                .row(2, "Sở Tư pháp", 9, 8, 11, 61)
                .row(3, "Sở Khoa học và Công nghệ (sau hợp nhất)", "8,25", 7, "9,5", 63);
    }

    /** The criteria the annex has not: domain 1 of two units is their sum. */
    public static final String CRITERIA_2024 = """
            province;year;unit;index;code;score
            Tỉnh Mẫu;2024;X-NV;PAR;1.1;4
            Tỉnh Mẫu;2024;X-NV;PAR;1.2;5,5
            Tỉnh Mẫu;2024;STP;PAR;1.1;3
            Tỉnh Mẫu;2024;STP;PAR;1.2;6
            """;

    private static RunOutcome run(Path input, Path warehouse) {
        return NightlyRunner.run(new RunRequest(input, warehouse, "local[2]", false,
                TestInputs.AS_OF), RepositorySettings.h2In(warehouse));
    }

    private static void assertExtractsAreTheContractsExpectedOnes(Path warehouse) throws Exception {
        for (String name : TestInputs.EXTRACTS) {
            assertArrayEquals(Files.readAllBytes(TestInputs.example().resolve("expected/" + name + ".csv")),
                    Files.readAllBytes(warehouse.resolve("current/extracts/" + name + ".csv")), name + ".csv differs");
        }
    }

    @Test
    void aPublishedAnnexInsteadOfTheLongForm_givesTheContractsExtractsAndThenBrokenFilesAreQuarantined()
            throws Exception {
        Path input = inputWithPublishedAnnex();
        Path warehouse = dir.resolve("warehouse");

        RunOutcome outcome = run(input, warehouse);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        assertExtractsAreTheContractsExpectedOnes(warehouse);

        TestInputs.write(input.resolve("scores/bomb.xlsx"), BrokenFiles.zipBomb());
        TestInputs.write(input.resolve("scores/text.xlsx"), BrokenFiles.textNamedXlsx());
        TestInputs.write(input.resolve("scores/truncated.xlsx"), BrokenFiles.truncated());

        RunOutcome broken = run(input, warehouse);

        assertEquals(RunOutcome.QUARANTINED, broken.exitCode(), broken.summary());
        assertExtractsAreTheContractsExpectedOnes(warehouse);
        List<Map<String, String>> errors = TestInputs.readCsv(warehouse.resolve("current/extracts/quality_issues.csv"))
                .stream().filter(row -> row.get("severity").equals("error")).toList();
        assertEquals(Map.of("scores/bomb.xlsx", "zip_bomb", "scores/text.xlsx", "not_a_workbook",
                "scores/truncated.xlsx", "truncated_workbook"), errors.stream().collect(
                        java.util.stream.Collectors.toMap(row -> row.get("file"), row -> row.get("rule"))));
    }
}
