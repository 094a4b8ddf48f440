package vn.parindex.compute;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * A query of a few dozen rows with the computation's shapes (a layout by province, an aggregation, a broadcast join,
 * a window, a sorted Parquet write read back into a disk checkpoint), run while the ingest step reads the files. A
 * fresh JVM spends seconds loading and interpreting Spark's planner, scheduler and Parquet code on its first query;
 * here that happens on the core the ingest leaves free, not at the start of the compute step (bundled data: about 1 s
 * of a 25 s run, measured side by side). It runs in a session of its own (same Spark context), so
 * its settings never touch the run's.
 */
final class SparkWarmUp {
    private SparkWarmUp() {
    }

    /** Runs the query; the rows and the temporary folder are thrown away. */
    static void run(SparkSession spark) {
        SparkSession session = spark.newSession();
        // interpreted like the small runs: compiling code for 48 rows would cost more than it warms
        session.conf().set("spark.sql.codegen.wholeStage", "false");
        session.conf().set("spark.sql.codegen.factoryMode", "NO_CODEGEN");
        session.conf().set("spark.sql.shuffle.partitions", "2");
        Path folder = null;
        try {
            folder = Files.createTempDirectory("parindex-warm-up");
            Dataset<Row> rows = session.range(0, 48).select(col("id").mod(4).cast("string").as("province"),
                    col("id").mod(3).cast("int").as("year"), col("id").cast("double").as("score"));
            Dataset<Row> laidOut = rows.repartition(col("province"));
            Dataset<Row> totals = laidOut.groupBy("province", "year")
                    .agg(sum("score").as("total"), count(lit(1)).as("units"));
            Dataset<Row> ranked = laidOut.join(broadcast(totals), new String[]{"province", "year"}, "left")
                    .withColumn("rank", rank().over(Window.partitionBy("province", "year")
                            .orderBy(col("score").desc())))
                    .sortWithinPartitions("province", "year");
            String written = folder.resolve("rows").toString();
            ranked.write().parquet(written);
            session.read().parquet(written).localCheckpoint(true, StorageLevel.DISK_ONLY()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a few bytes left in the temporary folder
        }
    }
}
