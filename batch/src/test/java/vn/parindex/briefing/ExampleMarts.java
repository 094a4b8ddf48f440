package vn.parindex.briefing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.parindex.TestInputs;
import vn.parindex.compute.SparkSessions;
import vn.parindex.marts.MartPartitions;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;
import vn.parindex.marts.SnapshotLayout;

/**
 * The contract example's expected extracts written by real Spark as a snapshot's Parquet marts, typed as the marts
 * declare their columns: either unpartitioned (as the compute step writes them today) or partitioned by province
 * (marts/&lt;name&gt;/province=&lt;value&gt;/part-*.parquet, as it is being changed to).
 */
final class ExampleMarts {
    /** Every mart the example has an extract of. */
    static final List<MartSchema> MARTS = Marts.EXTRACTS;

    private ExampleMarts() {
    }

    static void write(Path snapshot, boolean partitioned) throws IOException {
        SparkSession spark = SparkSessions.get("local[2]");
        for (MartSchema mart : MARTS) {
            Path csv = TestInputs.example().resolve("expected/" + mart.name() + ".csv");
            Dataset<Row> rows = spark.read().option("header", "true").schema(schema(mart, csv)).csv(csv.toString());
            DataFrameWriter<Row> writer = rows.write();
            if (partitioned) {
                writer = writer.partitionBy(MartPartitions.COLUMN);
            }
            writer.parquet(SnapshotLayout.mart(snapshot, mart.name()).toString());
        }
    }

    /** The CSV's own header (so older extracts with fewer columns read too), each column typed as the mart says. */
    private static String schema(MartSchema mart, Path csv) throws IOException {
        String header;
        try (var reader = Files.newBufferedReader(csv)) {
            header = reader.readLine().replace("\uFEFF", "");
        }
        return Stream.of(header.split(",")).map(String::strip)
                .map(column -> column + " " + mart.columns().get(mart.indexOf(column)).type().name())
                .collect(Collectors.joining(", "));
    }
}
