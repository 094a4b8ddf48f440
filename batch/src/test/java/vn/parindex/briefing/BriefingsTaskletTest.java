package vn.parindex.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.briefings.MartRecords;
import vn.parindex.briefings.UnitResult;
import vn.parindex.compute.ComputationResult;
import vn.parindex.compute.Mart;
import vn.parindex.compute.SparkSessions;
import vn.parindex.job.RunState;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;

/**
 * The tasklet on real Spark rows: the contract's expected extracts read through Spark with the marts' column types,
 * handed over as the computation of a run, written as briefings into the snapshot folder.
 */
class BriefingsTaskletTest {
    /**
     * The marts' column types by name (strings unless listed). The schema of each file is built from its own header,
     * so the test reads the example's extracts whether or not they have the columns added on 2026-11-29.
     */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("year", "INT"), Map.entry("rank", "INT"), Map.entry("rank_of", "INT"),
            Map.entry("prev_rank", "INT"), Map.entry("prev_rank_of", "INT"), Map.entry("rank_change", "INT"),
            Map.entry("reported_rank", "INT"), Map.entry("level", "INT"), Map.entry("position", "INT"),
            Map.entry("units", "INT"), Map.entry("reconciled", "BOOLEAN"), Map.entry("max_changed", "BOOLEAN"));
    private static final Set<String> TEXT = Set.of("province", "tier", "index", "unit_id", "unit_name", "unit_type",
            "rank_basis", "provenance", "source", "code", "parent_code", "name", "kind", "status");

    private static String schema(Path csv) throws IOException {
        String header;
        try (BufferedReader reader = Files.newBufferedReader(csv)) {
            header = reader.readLine().replace("\uFEFF", "");
        }
        return Stream.of(header.split(",")).map(String::strip)
                .map(column -> column + " " + TYPES.getOrDefault(column, TEXT.contains(column) ? "STRING" : "DOUBLE"))
                .collect(Collectors.joining(", "));
    }

    @TempDir
    static Path snapshot;
    private static Path briefings;

    @BeforeAll
    static void runTheTasklet() throws Exception {
        SparkSession spark = SparkSessions.get("local[2]");
        List<Mart> marts = new ArrayList<>();
        for (MartSchema mart : List.of(Marts.UNIT_YEAR, Marts.COMPONENT_YEAR, Marts.LOSS_DRIVERS,
                Marts.PROVINCE_SUMMARY, Marts.TARGET_STATUS)) {
            Path csv = TestInputs.example().resolve("expected/" + mart.name() + ".csv");
            marts.add(new Mart(mart, spark.read().option("header", "true").schema(schema(csv)).csv(csv.toString()), false));
        }
        RunState state = new RunState();
        state.snapshot("20240101T000000000Z-test0001", snapshot);
        state.computation(new ComputationResult(marts, null, null, List.of()));

        new BriefingsTasklet(state).execute(null, null);
        briefings = vn.parindex.marts.SnapshotLayout.briefings(snapshot);
    }

    /**
     * The department table of Tỉnh Mẫu in both years and each unit's latest year; the example regenerated on
     * 2026-11-29 adds the national table (Việt Nam, VN-*), whose workbooks are written alongside.
     */
    @Test
    void writesEveryRankedTableAndEachUnitsLatestYear() throws Exception {
        List<String> department = List.of(
                "province/tinh-mau_department_PAR_2023.xlsx", "province/tinh-mau_department_PAR_2024.xlsx",
                "unit/X-KHCN2_PAR_2024.xlsx", "unit/X-KHCN_PAR_2023.xlsx", "unit/X-NV_PAR_2024.xlsx",
                "unit/X-TP_PAR_2024.xlsx", "unit/X-TTTT_PAR_2023.xlsx");
        try (Stream<Path> files = Files.walk(briefings)) {
            List<String> written = files.filter(Files::isRegularFile)
                    .map(file -> briefings.relativize(file).toString()).sorted().toList();
            assertTrue(written.containsAll(department), written.toString());
            assertTrue(written.stream().filter(file -> !department.contains(file))
                    .allMatch(file -> file.startsWith("province/viet-nam_province_") || file.startsWith("unit/VN-")),
                    written.toString());
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

    private static Row labelled(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    /** The columns of 2026-11-29 reach the records; rows without them (older marts) read as blank. */
    @Test
    void newColumnsAreReadByNameAndMissingOnesAreBlank() {
        StructType full = new StructType().add("province", DataTypes.StringType).add("tier", DataTypes.StringType)
                .add("year", DataTypes.IntegerType).add("index", DataTypes.StringType)
                .add("unit_id", DataTypes.StringType).add("unit_name", DataTypes.StringType)
                .add("official_value", DataTypes.DoubleType).add("rank", DataTypes.IntegerType)
                .add("rank_of", DataTypes.IntegerType).add("rank_basis", DataTypes.StringType)
                .add("prev_rank", DataTypes.IntegerType).add("prev_rank_of", DataTypes.LongType)
                .add("rank_change", DataTypes.IntegerType).add("reconciled", DataTypes.BooleanType)
                .add("provenance", DataTypes.StringType).add("source", DataTypes.StringType);
        UnitResult national = MartRecords.unitResult(MartRows.row(new GenericRowWithSchema(new Object[] {"Việt Nam",
                "province", 2021, "PAR", "VN-LCI", "Lào Cai", 85.84, 11, 63, "published", 19, 19L, null, null, "derived",
                "QĐ 1"}, full)));
        assertEquals(List.of("published", "19", "derived", "QĐ 1"), Stream.of(national.rankBasis(),
                String.valueOf(national.prevRankOf()), national.provenance(), national.source()).toList());
        assertEquals(63, national.rankOf());
        StructType old = new StructType().add("province", DataTypes.StringType).add("tier", DataTypes.StringType)
                .add("year", DataTypes.IntegerType).add("index", DataTypes.StringType)
                .add("unit_id", DataTypes.StringType).add("unit_name", DataTypes.StringType)
                .add("reconciled", DataTypes.BooleanType);
        UnitResult before = MartRecords.unitResult(MartRows.row(new GenericRowWithSchema(new Object[] {"Tỉnh Mẫu",
                "department", 2023, "PAR", "X-NV", "Sở Nội vụ", true}, old)));
        assertNull(before.provenance());
        assertNull(before.rankBasis());
    }

    @Test
    void unitBriefingHoldsTheTrendAndTargetsOfTheUnit() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(briefings.resolve("unit/X-NV_PAR_2024.xlsx").toFile())) {
            XSSFSheet summary = workbook.getSheet("Tóm tắt");
            Row value = summary.getRow(3);
            assertEquals("Chỉ số", value.getCell(0).getStringCellValue());
            assertEquals(89.0, value.getCell(1).getNumericCellValue());
            assertEquals("0\"/3\"", labelled(summary, "Xếp hạng").getCell(1).getCellStyle().getDataFormatString());
            int trendHeader = labelled(summary, "Năm").getRowNum();
            List<Double> trend = Stream.of(trendHeader + 1, trendHeader + 2).map(summary::getRow)
                    .map(row -> row.getCell(1).getNumericCellValue()).toList();
            assertEquals(List.of(87.5, 89.0), trend);
            assertEquals(1, summary.getDrawingPatriarch().getCharts().size());
            assertTrue(workbook.getSheet("Tất cả mục").getLastRowNum() > 4);
        }
    }
}
