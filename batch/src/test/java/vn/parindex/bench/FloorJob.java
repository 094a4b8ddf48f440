package vn.parindex.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.when;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * The same-machine floor of bench/national.sh (issue 9, item 7): the least a Spark job can do with the nightly
 * job's score files — read every DIR/scores/**&#47;*.csv, rank each unit's items by score within province, year and
 * unit (one window), write Parquet. Not a test: a main class kept in the test sources so it is compiled with the
 * batch module's Spark but never shipped.
 *
 * <p>Spark's CSV reader takes one header and one delimiter per read, so the files are grouped by their header line
 * (which also gives the delimiter) and each group is read on its own, then the groups are unioned by column name.
 * Decimal commas are turned into points. Nothing is collected to the driver.
 *
 * <p>Usage: FloorJob INPUT_DIR OUTPUT_DIR [MASTER] (default local[*]); prints the wall time of the Spark work.
 */
public final class FloorJob {
    private FloorJob() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: FloorJob INPUT_DIR OUTPUT_DIR [MASTER]");
            System.exit(2);
        }
        Path scores = Path.of(args[0]).resolve("scores");
        String output = args[1];
        String master = args.length > 2 ? args[2] : "local[*]";
        long start = System.nanoTime();

        // header line -> files (a bounded listing of file names, not data)
        Map<String, List<String>> byHeader = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(scores)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String header = firstLine(file);
                byHeader.computeIfAbsent(header, h -> new java.util.ArrayList<>()).add(file.toString());
            }
        }

        SparkSession spark = SparkSession.builder()
                .appName("parindex-floor")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");

        Dataset<Row> all = null;
        for (Map.Entry<String, List<String>> group : byHeader.entrySet()) {
            String delimiter = group.getKey().contains(";") ? ";" : ",";
            Dataset<Row> read = spark.read()
                    .option("header", "true")
                    .option("sep", delimiter)
                    .option("encoding", "UTF-8")
                    .csv(group.getValue().toArray(String[]::new));
            Column score = col("score");
            if (delimiter.equals(";")) {
                score = regexp_replace(score, ",", ".");
            }
            Dataset<Row> part = read.select(col("province"), col("year").cast("int").as("year"), col("unit"),
                    col("index"), col("code"),
                    when(col("score").equalTo(lit("NA")), lit(null)).otherwise(score.cast("double")).as("score"));
            all = all == null ? part : all.unionByName(part);
        }
        if (all == null) {
            System.err.println("FloorJob: no score files under " + scores);
            System.exit(2);
        }
        Dataset<Row> ranked = all.withColumn("item_rank", rank().over(
                Window.partitionBy("province", "year", "unit").orderBy(col("score").desc_nulls_last())));
        ranked.write().mode("overwrite").parquet(output);
        spark.stop();
        System.out.printf("floor job: %d score files in %d header groups, %.1f s%n",
                byHeader.values().stream().mapToInt(List::size).sum(), byHeader.size(),
                (System.nanoTime() - start) / 1e9);
    }

    private static String firstLine(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? "" : line.replace("\uFEFF", "").trim();
        }
    }
}
