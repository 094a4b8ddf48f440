package vn.parindex.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.BriefingFiles;
import vn.parindex.briefings.Briefings;
import vn.parindex.marts.records.MartRecords;
import vn.parindex.marts.MartRow;
import vn.parindex.briefings.data.SnapshotInfo;
import vn.parindex.marts.records.TableKey;
import vn.parindex.marts.MartPartitions;
import vn.parindex.marts.MartReader;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;
import vn.parindex.marts.SnapshotLayout;

/**
 * The tasklet on real Parquet marts: the contract example's expected extracts written by Spark into two snapshot
 * folders, one unpartitioned and one partitioned by province, each briefed by the tasklet as a run would.
 */
class ProvinceBriefingsTest {
    private static final String SNAPSHOT_ID = "20240101T000000000Z-test0001";
    /** The example's ranked tables: Tỉnh Mẫu's departments in two years and the national table (Việt Nam). */
    /** The latest year of each ranked table (2023's are built on demand by the dashboard). */
    private static final List<String> PROVINCE_WORKBOOKS = List.of(
            "province/tinh-mau_department_PAR_2024.xlsx", "province/viet-nam_province_PAPI_2024.xlsx",
            "province/viet-nam_province_PAR_2024.xlsx");

    @TempDir
    static Path unpartitioned;
    @TempDir
    static Path partitioned;

    @BeforeAll
    static void briefBothSnapshots() throws Exception {
        ExampleMarts.write(unpartitioned, false);
        ExampleMarts.write(partitioned, true);
        for (Path snapshot : List.of(unpartitioned, partitioned)) {
            ProvinceBriefings.write(snapshot, SNAPSHOT_ID);
        }
    }

    private static List<String> written(Path snapshot) throws IOException {
        Path briefings = SnapshotLayout.briefings(snapshot);
        try (Stream<Path> files = Files.walk(briefings)) {
            return files.filter(Files::isRegularFile).map(file -> briefings.relativize(file).toString()).sorted()
                    .toList();
        }
    }

    @Test
    void theMartsAreWrittenInBothLayouts() throws Exception {
        Path unitYear = SnapshotLayout.mart(partitioned, Marts.UNIT_YEAR.name());
        assertEquals(List.of("Tỉnh Mẫu", "Việt Nam"), MartReader.provinces(unitYear));
        assertFalse(MartPartitions.isPartitioned(SnapshotLayout.mart(unpartitioned, Marts.UNIT_YEAR.name())));
        for (Path snapshot : List.of(unpartitioned, partitioned)) {
            assertEquals(List.of("Tỉnh Mẫu", "Việt Nam"), UnitYearProvinces.of(snapshot), snapshot.toString());
        }
    }

    @Test
    void writesExactlyTheProvinceWorkbooksAndNoUnitBriefing() throws Exception {
        for (Path snapshot : List.of(unpartitioned, partitioned)) {
            assertEquals(PROVINCE_WORKBOOKS, written(snapshot), snapshot.toString());
            assertFalse(Files.exists(SnapshotLayout.briefings(snapshot).resolve("unit")));
        }
    }

    @Test
    void aProvincesWorkbookIsTheSameWhetherTheMartsArePartitionedOrNot() throws Exception {
        for (String file : PROVINCE_WORKBOOKS) {
            Path flat = SnapshotLayout.briefings(unpartitioned).resolve(file);
            assertTrue(WorkbookContent.of(flat).size() > 50, file + " shows a few cells only");
            WorkbookContent.assertSame(flat, SnapshotLayout.briefings(partitioned).resolve(file));
        }
    }

    /**
     * Read one province at a time, a table's workbook is the one the whole snapshot makes (every mart, every province,
     * loss drivers and plans included): no table needs another province's rows or a mart the step leaves out.
     */
    @Test
    void aProvincesWorkbookIsTheOneTheWholeSnapshotMakes() throws Exception {
        BriefingData whole = wholeSnapshot(partitioned);
        assertEquals(5, whole.rankedTables().size());
        assertEquals(3, whole.latestRankedTables().size());
        Path elsewhere = Files.createTempDirectory(partitioned, "whole");
        for (TableKey table : whole.latestRankedTables()) {
            Path file = BriefingFiles.province(elsewhere, table);
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                Briefings.writeProvince(whole, table, out);
            }
            String name = elsewhere.relativize(file).toString();
            WorkbookContent.assertSame(file, SnapshotLayout.briefings(partitioned).resolve(name));
        }
    }

    /** Every mart of a snapshot as the briefings read them (the draft plan round trip uses it too). */
    static BriefingData wholeSnapshot(Path snapshot) throws IOException {
        return new BriefingData(new SnapshotInfo(SNAPSHOT_ID, Instant.now()),
                whole(snapshot, Marts.UNIT_YEAR, MartRecords::unitResult),
                whole(snapshot, Marts.COMPONENT_YEAR, MartRecords::itemResult),
                whole(snapshot, Marts.LOSS_DRIVERS, MartRecords::lossDriver),
                whole(snapshot, Marts.PROVINCE_SUMMARY, MartRecords::provinceItem),
                whole(snapshot, Marts.TARGET_STATUS, MartRecords::targetResult), List.of(),
                whole(snapshot, Marts.GOAL_GAPS, MartRecords::goalGap),
                whole(snapshot, Marts.TASK_STATUS, task -> MartRecords.planTask(task, null)));
    }

    private static <T> List<T> whole(Path snapshot, MartSchema mart, Function<MartRow, T> record) throws IOException {
        List<T> rows = new ArrayList<>();
        new MartReader().read(mart, SnapshotLayout.mart(snapshot, mart.name()),
                values -> rows.add(record.apply(new MartRow(mart, values))));
        return rows;
    }

    @Test
    void provinceBriefingHoldsTheMartsRankingAndSnapshot() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(SnapshotLayout.briefings(partitioned)
                .resolve("province/tinh-mau_department_PAR_2024.xlsx").toFile())) {
            XSSFSheet summary = workbook.getSheet("Tổng hợp");
            List<String> ranking = Stream.of(4, 5, 6).map(summary::getRow)
                    .map(row -> (int) row.getCell(0).getNumericCellValue() + " " + row.getCell(1).getStringCellValue()
                            + " " + row.getCell(2).getNumericCellValue())
                    .toList();
            assertEquals(List.of("1 Sở Nội vụ 89.0", "1 Sở Tư pháp 89.0",
                    "3 Sở Khoa học và Công nghệ (sau hợp nhất) 87.75"), ranking);
            assertTrue(workbook.getProperties().getCoreProperties().getSubject().contains("test0001"));
            assertEquals(1, summary.getDrawingPatriarch().getCharts().size());
            assertTrue(workbook.getSheet("Mức đạt theo lĩnh vực").getRow(3).getLastCellNum() > 4,
                    "the domains of component_year reach the workbook");
        }
    }

    /** The national table is the province "Việt Nam": its own partition, with its own item summary. */
    @Test
    void theNationalTableHoldsItsRankingAndItems() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(SnapshotLayout.briefings(partitioned)
                .resolve("province/viet-nam_province_PAPI_2024.xlsx").toFile())) {
            XSSFSheet summary = workbook.getSheet("Tổng hợp");
            assertEquals(1, (int) summary.getRow(4).getCell(0).getNumericCellValue());
            assertEquals(2, workbook.getSheet("Điểm chưa đạt theo mục").getLastRowNum() - 3,
                    "the two item rows of province_summary");
        }
    }
}
