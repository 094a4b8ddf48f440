package vn.parindex.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.DelimitedText;
import vn.parindex.job.NightlyRunner;
import vn.parindex.job.RepositorySettings;
import vn.parindex.job.RunOutcome;
import vn.parindex.job.RunRequest;
import vn.parindex.marts.ExtractText;
import vn.parindex.marts.MartColumn;
import vn.parindex.marts.MartPartitions;
import vn.parindex.marts.MartReader;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;
import vn.parindex.marts.SnapshotLayout;

/**
 * The batch's real output through the reader the dashboard uses (marts' MartReader): on a nightly-job snapshot of
 * the contract's worked example, every mart folder holds its declared columns with their declared types, and every
 * extract mart reads back to exactly its CSV extract.
 */
class SnapshotContractTest {
    @TempDir
    static Path dir;
    private static Path snapshot;

    @BeforeAll
    static void runTheNightlyJob() throws Exception {
        Path warehouse = dir.resolve("warehouse");
        RunOutcome outcome = NightlyRunner.run(new RunRequest(TestInputs.copyExampleInput(dir), warehouse, "local[2]",
                false, TestInputs.AS_OF), RepositorySettings.h2In(warehouse));
        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        snapshot = SnapshotLayout.current(warehouse).toRealPath();
    }

    @Test
    void everyMartFolderHoldsItsDeclaredColumnsAndTypes() throws Exception {
        for (MartSchema mart : Marts.ALL) {
            List<Path> parts = parts(mart);
            assertFalse(parts.isEmpty(), mart.name());
            for (Path part : parts) {
                // a partition's files leave its column out: the folder name (column=value) holds it
                String folder = part.getParent().getFileName().toString();
                List<MartColumn> expected = mart.columns().stream()
                        .filter(c -> !folder.startsWith(c.name() + "=")).toList();
                assertEquals(typed(expected), typed(MartReader.columnsOf(part)), mart.name() + ": " + part);
            }
        }
    }

    @Test
    void martsInProvinceOrderAreWrittenOneSortedFilePerProvince() throws Exception {
        for (MartSchema mart : List.of(Marts.UNIT_YEAR, Marts.COMPONENT_YEAR, Marts.LOSS_DRIVERS,
                Marts.PROVINCE_SUMMARY, Marts.GOAL_GAPS)) {
            Path folder = SnapshotLayout.mart(snapshot, mart.name());
            assertEquals(List.of("Tỉnh Mẫu", "Việt Nam"), MartReader.provinces(folder), mart.name());
            for (Path partition : MartPartitions.folders(folder)) {
                try (Stream<Path> files = Files.list(partition)) {
                    assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("part-")).count(),
                            partition.toString());
                }
            }
        }
        // bounded by reference files, kept in their own order: one file
        assertEquals(List.of(), MartReader.provinces(SnapshotLayout.mart(snapshot, Marts.TARGET_STATUS.name())));
    }

    @Test
    void domainYearHoldsEachTypedUnitsDomainsByUnitType() throws Exception {
        Path folder = SnapshotLayout.mart(snapshot, Marts.DOMAIN_YEAR.name());
        List<String> types = MartPartitions.folders(folder, Marts.DOMAIN_YEAR.partitionColumn()).stream()
                .map(p -> MartPartitions.valueOf(Marts.DOMAIN_YEAR.partitionColumn(), p).orElseThrow()).toList();
        assertFalse(types.isEmpty());
        List<Map<String, String>> components = TestInputs.readCsv(SnapshotLayout.extract(snapshot,
                Marts.COMPONENT_YEAR.name()));
        for (String type : types) {
            List<String> rows = new ArrayList<>();
            new MartReader().readPartition(Marts.DOMAIN_YEAR, folder, Marts.DOMAIN_YEAR.partitionColumn(), type, v -> {
                assertEquals(type, v[0]);
                Map<String, String> component = TestInputs.only(components, "province", (String) v[1], "year",
                        String.valueOf(v[3]), "index", (String) v[4], "unit_id", (String) v[5], "code", (String) v[6]);
                assertEquals("1", component.get("level"));
                assertEquals(component.get("attainment"), ExtractText.of(Marts.DOMAIN_YEAR, v, 8));
                rows.add(v[5] + " " + v[6]);
            });
            assertFalse(rows.isEmpty(), type);
        }
    }

    @Test
    void everyExtractMartReadsBackToItsExtract() throws Exception {
        for (MartSchema mart : Marts.EXTRACTS) {
            List<String> read = new ArrayList<>();
            read.add(String.join(",", mart.names()));
            new MartReader().read(mart, SnapshotLayout.mart(snapshot, mart.name()), row -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.length; i++) {
                    cells.add(ExtractText.of(mart, row, i));
                }
                read.add(String.join("\u001f", cells));
            });
            assertEquals(unquoted(SnapshotLayout.extract(snapshot, mart.name())), read, mart.name());
        }
    }

    /** Names and types only: Spark decides which computed columns may be null. */
    private static List<String> typed(List<MartColumn> columns) {
        return columns.stream().map(c -> c.name() + ":" + c.type()).toList();
    }

    private static List<Path> parts(MartSchema mart) throws Exception {
        try (Stream<Path> files = Files.walk(SnapshotLayout.mart(snapshot, mart.name()))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
    }

    /** The extract's lines: the header joined by commas, each row's cells by a separator no cell holds. */
    private static List<String> unquoted(Path csv) throws Exception {
        List<CsvRecord> records = DelimitedText.read(csv).records();
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", records.get(0).fields()));
        records.subList(1, records.size()).forEach(row -> lines.add(String.join("\u001f", row.fields())));
        return lines;
    }
}
