package vn.parindex.compute;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.parindex.ingest.IngestResult;
import vn.parindex.marts.Marts;

/**
 * The accepted score rows as Spark reads them from the part files the ingest step staged, one per accepted file:
 * no row passes through the driver.
 */
public final class StagedInput {
    /** The staged scores' columns (staged_scores in the marts module). */
    public static final StructType SCORES = SparkSchemas.of(Marts.STAGED_SCORES);

    private StagedInput() {
    }

    public static Dataset<Row> scores(SparkSession spark, IngestResult ingest) {
        List<Path> folders = ingest.acceptedFolders();
        if (folders.isEmpty()) {
            return spark.createDataFrame(List.of(), SCORES);
        }
        Dataset<Row> staged = spark.read().schema(SCORES)
                .parquet(folders.stream().map(Path::toString).toArray(String[]::new));
        return ingest.repeats() ? firstOfEachKey(spark, staged, ingest.acceptedFiles()) : staged;
    }

    /**
     * Two accepted files share a province-year, so a key may come twice (settled as identical): each key is used once,
     * from the first file in reading order, at its first line.
     */
    static Dataset<Row> firstOfEachKey(SparkSession spark, Dataset<Row> staged, List<String> filesInOrder) {
        List<Row> order = new ArrayList<>(); // one row per file: bounded by the number of files, not their rows
        for (int i = 0; i < filesInOrder.size(); i++) {
            order.add(RowFactory.create(filesInOrder.get(i), i));
        }
        Dataset<Row> fileOrder = spark.createDataFrame(order, new StructType()
                .add("file", DataTypes.StringType).add("file_order", DataTypes.IntegerType));
        return staged.join(broadcast(fileOrder), "file")
                .withColumn("nth", row_number().over(Window.partitionBy("province", "year", "unit_id", "index", "code")
                        .orderBy(col("file_order"), col("line"))))
                .filter(col("nth").equalTo(1))
                .select(Keys.cols(SCORES.fieldNames()));
    }
}
