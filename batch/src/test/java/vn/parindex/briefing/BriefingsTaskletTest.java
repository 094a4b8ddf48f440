package vn.parindex.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.compute.ComputationResult;
import vn.parindex.compute.Mart;
import vn.parindex.compute.SparkSessions;
import vn.parindex.job.RunState;

/**
 * The tasklet on real Spark rows: the contract's expected extracts read through Spark with the marts' column types,
 * handed over as the computation of a run, written as briefings into the snapshot folder.
 */
class BriefingsTaskletTest {
    private static final Map<String, String> SCHEMAS = Map.of(
            Mart.UNIT_YEAR, "province STRING, tier STRING, year INT, index STRING, unit_id STRING, unit_name STRING, "
                    + "unit_type STRING, score_total DOUBLE, max_total DOUBLE, index_value DOUBLE, official_value DOUBLE, "
                    + "points_lost DOUBLE, rank INT, rank_of INT, prev_value DOUBLE, delta DOUBLE, prev_rank INT, "
                    + "rank_change INT, reported_total DOUBLE, reported_rank INT, reconciled BOOLEAN",
            Mart.COMPONENT_YEAR, "province STRING, tier STRING, year INT, index STRING, unit_id STRING, code STRING, "
                    + "parent_code STRING, level INT, name STRING, kind STRING, max_points DOUBLE, score DOUBLE, "
                    + "self_score DOUBLE, points_lost DOUBLE, attainment DOUBLE, prev_score DOUBLE, prev_max DOUBLE, "
                    + "delta_points DOUBLE, delta_attainment DOUBLE, max_changed BOOLEAN, rank INT, rank_of INT",
            Mart.LOSS_DRIVERS, "province STRING, year INT, index STRING, unit_id STRING, position INT, code STRING, "
                    + "name STRING, points_lost DOUBLE, share_of_loss DOUBLE",
            Mart.PROVINCE_SUMMARY, "province STRING, tier STRING, year INT, index STRING, code STRING, units INT, "
                    + "mean_attainment DOUBLE, min_attainment DOUBLE, max_attainment DOUBLE, total_points_lost DOUBLE",
            Mart.TARGET_STATUS, "province STRING, unit_id STRING, year INT, index STRING, code STRING, kind STRING, "
                    + "target DOUBLE, actual DOUBLE, status STRING, gap DOUBLE");

    @TempDir
    static Path snapshot;
    private static Path briefings;

    @BeforeAll
    static void runTheTasklet() throws Exception {
        SparkSession spark = SparkSessions.get("local[2]");
        List<Mart> marts = Stream.of(Mart.UNIT_YEAR, Mart.COMPONENT_YEAR, Mart.LOSS_DRIVERS, Mart.PROVINCE_SUMMARY,
                Mart.TARGET_STATUS).map(name -> new Mart(name, spark.read().option("header", "true")
                        .schema(SCHEMAS.get(name))
                        .csv(TestInputs.example().resolve("expected/" + name + ".csv").toString())))
                .toList();
        RunState state = new RunState();
        state.snapshot("20240101T000000000Z-test0001", snapshot);
        state.computation(new ComputationResult(marts, null, null, List.of()));

        new BriefingsTasklet(state).execute(null, null);
        briefings = snapshot.resolve(BriefingsTasklet.FOLDER);
    }

    @Test
    void writesEveryRankedTableAndEachUnitsLatestYear() throws Exception {
        try (Stream<Path> files = Files.walk(briefings)) {
            assertEquals(List.of(
                    "province/tinh-mau_department_PAR_2023.xlsx", "province/tinh-mau_department_PAR_2024.xlsx",
                    "unit/X-KHCN2_PAR_2024.xlsx", "unit/X-KHCN_PAR_2023.xlsx", "unit/X-NV_PAR_2024.xlsx",
                    "unit/X-TP_PAR_2024.xlsx", "unit/X-TTTT_PAR_2023.xlsx"),
                    files.filter(Files::isRegularFile).map(file -> briefings.relativize(file).toString()).sorted()
                            .toList());
        }
    }

    @Test
    void provinceBriefingHoldsTheMartsRankingAndSnapshot() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                briefings.resolve("province/tinh-mau_department_PAR_2024.xlsx").toFile())) {
            XSSFSheet summary = workbook.getSheet("Tổng hợp");
            List<String> ranking = Stream.of(4, 5, 6).map(summary::getRow)
                    .map(row -> (int) row.getCell(0).getNumericCellValue() + " " + row.getCell(1).getStringCellValue()
                            + " " + row.getCell(2).getNumericCellValue())
                    .toList();
            assertEquals(List.of("1 Sở Nội vụ 89.0", "1 Sở Tư pháp 89.0",
                    "3 Sở Khoa học và Công nghệ (sau hợp nhất) 87.75"), ranking);
            assertTrue(workbook.getProperties().getCoreProperties().getSubject().contains("test0001"));
            assertEquals(1, summary.getDrawingPatriarch().getCharts().size());
        }
    }

    @Test
    void unitBriefingHoldsTheTrendAndTargetsOfTheUnit() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(briefings.resolve("unit/X-NV_PAR_2024.xlsx").toFile())) {
            XSSFSheet summary = workbook.getSheet("Tóm tắt");
            Row value = summary.getRow(3);
            assertEquals("Chỉ số", value.getCell(0).getStringCellValue());
            assertEquals(89.0, value.getCell(1).getNumericCellValue());
            assertEquals("0\"/3\"", summary.getRow(4).getCell(1).getCellStyle().getDataFormatString());
            List<Double> trend = Stream.of(12, 13).map(summary::getRow)
                    .map(row -> row.getCell(1).getNumericCellValue()).toList();
            assertEquals(List.of(87.5, 89.0), trend);
            assertEquals(1, summary.getDrawingPatriarch().getCharts().size());
            assertTrue(workbook.getSheet("Tất cả mục").getLastRowNum() > 4);
        }
    }
}
