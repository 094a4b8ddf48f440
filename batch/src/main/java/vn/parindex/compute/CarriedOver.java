package vn.parindex.compute;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.parindex.ingest.ProvinceYear;
import vn.parindex.marts.SnapshotLayout;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceData;

/**
 * Keeps the previous snapshot's scores for the province-years of quarantined files, so a broken file never removes
 * data that was published before. Rows the new accepted files give again are taken from the new files.
 */
public final class CarriedOver {

    private CarriedOver() {
    }

    /** The scores to compute with; {@code carried} when rows of the previous snapshot were added to them. */
    public record Result(Dataset<Row> scores, List<Issue> notes, boolean carried) {
    }

    public static Result merge(SparkSession spark, ReferenceData reference, Dataset<Row> accepted,
                               Set<ProvinceYear> protectedYears, Path previousSnapshot, String previousId) {
        Path previousScores = previousSnapshot == null ? null : SnapshotLayout.stagedScores(previousSnapshot);
        if (protectedYears.isEmpty() || previousScores == null || !Files.isDirectory(previousScores)) {
            return new Result(accepted, List.of(), false);
        }
        StructType yearsSchema = new StructType().add("province", DataTypes.StringType)
                .add("year", DataTypes.IntegerType);
        Dataset<Row> years = spark.createDataFrame(protectedYears.stream()
                .map(py -> RowFactory.create(py.province(), py.year())).toList(), yearsSchema);
        Dataset<Row> knownUnits = spark.createDataFrame(reference.units().all().stream()
                .map(unit -> RowFactory.create(unit.unitId())).toList(),
                new StructType().add("unit_id", DataTypes.StringType));
        Dataset<Row> kept = withCurrentColumns(spark.read().parquet(previousScores.toString()))
                .join(years, new String[]{"province", "year"}, "left_semi")
                .join(knownUnits, new String[]{"unit_id"}, "left_semi")
                .join(accepted, new String[]{"province", "year", "unit_id", "index", "code"}, "left_anti")
                .select(accepted.columns()[0], java.util.Arrays.copyOfRange(accepted.columns(), 1,
                        accepted.columns().length))
                .cache();
        List<Issue> notes = new ArrayList<>();
        // one count per protected province-year: a bounded summary
        for (Row row : kept.groupBy("province", "year").agg(count(lit(1)).as("rows"))
                .orderBy(col("province"), col("year")).collectAsList()) {
            notes.add(new Issue(Issue.Severity.INFO, "", 0, "", "kept_previous_data", row.getLong(2) + " score rows of "
                    + row.getString(0) + " " + row.getInt(1) + " from snapshot " + previousId
                    + " are kept because a file carrying that province-year was quarantined", Issue.KEPT_PREVIOUS));
        }
        return new Result(accepted.unionByName(kept), notes, true);
    }

    /** A snapshot staged before provenance was recorded: its rows were taken as published, without a source. */
    private static Dataset<Row> withCurrentColumns(Dataset<Row> previous) {
        Dataset<Row> current = previous;
        if (!java.util.Arrays.asList(previous.columns()).contains("provenance")) {
            current = current.withColumn("provenance", lit("published"));
        }
        if (!java.util.Arrays.asList(previous.columns()).contains("source")) {
            current = current.withColumn("source", lit(null).cast(DataTypes.StringType));
        }
        return current;
    }
}
