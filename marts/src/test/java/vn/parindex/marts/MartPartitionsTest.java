package vn.parindex.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MartPartitionsTest {
    private static final MartSchema MART = MartSchema.named("scores")
            .add(Columns.PROVINCE, Columns.UNIT_ID, Columns.YEAR).build();

    @TempDir
    Path dir;

    @Test
    void folderNamesEscapeWhatSparkEscapesAndKeepVietnamese() {
        assertEquals("province=Lào Cai", MartPartitions.folderName("Lào Cai"));
        assertEquals("province=A%2FB%3DC%25", MartPartitions.folderName("A/B=C%"));
        for (String province : List.of("Lào Cai", "A/B=C%", "Bà Rịa – Vũng Tàu", "x%zz", "50%")) {
            assertEquals(province, MartPartitions.provinceOf(Path.of(MartPartitions.folderName(province)))
                    .orElseThrow());
        }
    }

    @Test
    void aProvinceIsReadFromItsPartitionAloneAndTheWholeMartGetsItsProvinceBack() throws IOException {
        Path mart = dir.resolve("partitioned");
        write(mart.resolve(MartPartitions.folderName("Lào Cai")), false, "Lào Cai", "a", "b");
        write(mart.resolve(MartPartitions.folderName("Lạng Sơn")), false, "Lạng Sơn", "c");
        assertEquals(List.of("Lào Cai", "Lạng Sơn"), MartReader.provinces(mart));
        assertEquals(List.of("Lạng Sơn|c|2024"), rows(mart, "Lạng Sơn"));
        assertEquals(List.of(), rows(mart, "Bắc Kạn"));
        List<String> all = new ArrayList<>();
        new MartReader().read(MART, mart, v -> all.add(v[0] + "|" + v[1] + "|" + v[2]));
        assertEquals(List.of("Lào Cai|a|2024", "Lào Cai|b|2024", "Lạng Sơn|c|2024"), all);
    }

    @Test
    void anUnpartitionedMartIsFilteredByItsProvinceColumn() throws IOException {
        Path mart = dir.resolve("flat");
        write(mart, true, "Lào Cai", "a");
        assertEquals(List.of(), MartReader.provinces(mart));
        assertEquals(List.of("Lào Cai|a|2024"), rows(mart, "Lào Cai"));
        assertEquals(List.of(), rows(mart, "Lạng Sơn"));
    }

    private static List<String> rows(Path mart, String province) throws IOException {
        List<String> rows = new ArrayList<>();
        new MartReader().readProvince(MART, mart, province, v -> rows.add(v[0] + "|" + v[1] + "|" + v[2]));
        return rows;
    }

    /** A part file as Spark writes one: a partition's files leave the province column out. */
    private static void write(Path folder, boolean withProvince, String province, String... units) throws IOException {
        Files.createDirectories(folder);
        var fields = Types.buildMessage();
        if (withProvince) {
            fields.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("province");
        }
        MessageType schema = fields.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                .named("unit_id").required(PrimitiveTypeName.INT32).named("year").named("spark_schema");
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(
                folder.resolve("part-00000-x.snappy.parquet"))).withType(schema).build()) {
            for (String unit : units) {
                Group group = groups.newGroup();
                if (withProvince) {
                    group.add("province", province);
                }
                writer.write(group.append("unit_id", unit).append("year", 2024));
            }
        }
    }
}
