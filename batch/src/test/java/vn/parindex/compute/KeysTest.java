package vn.parindex.compute;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keys.round2's shortcut gives, bit for bit, what Spark's exact round(round(x, 10), 2) gives. */
class KeysTest {

    /** Values of every kind the marts round: sums of 2-decimal scores, ratios, half cents, near-zero, edges. */
    private static List<Double> values() {
        Random random = new Random(20261129);
        List<Double> values = new ArrayList<>();
        for (int cents = -200_000; cents <= 200_000; cents += 7) {
            double value = cents / 100.0;
            values.add(value);
            values.add(Math.nextUp(value));
            values.add(Math.nextDown(value));
            values.add((cents + 0.5) / 100.0); // half cents: 1.005, 2.675
            values.add(Math.nextUp((cents + 0.5) / 100.0));
            values.add(Math.nextDown((cents + 0.5) / 100.0));
            values.add(cents / 1000.0);
        }
        for (int i = 0; i < 100_000; i++) {
            double score = random.nextInt(10_001) / 100.0;
            double max = 1 + random.nextInt(10_000) / 100.0;
            values.add(100 * score / max);                                     // attainment
            values.add(score - random.nextInt(10_001) / 100.0);                // deltas
            values.add(0.1 * random.nextInt(50) + 0.2 * random.nextInt(50));   // sums that miss their cent
            values.add((random.nextDouble() - 0.5) * 30_000);                  // beyond the shortcut's range
            values.add((random.nextInt(2_000_001) - 1_000_000) / 100.0 + (random.nextDouble() - 0.5) * 1e-9);
        }
        values.addAll(List.of(0.0, -0.0, -1e-11, 1e-11, -0.004, -0.005, -0.0049999999, 0.005, 9_999.995, -9_999.995,
                9_999.994999999, 10_000.0, 12_345.675, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.005, 2.675, 1.115, 0.285, 80.285,
                0.1 + 0.2, 1.0 / 3, -1.0 / 3, 2.0 / 3 * 100));
        return values;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theShortcutRoundsEveryValueAsTheExactRounding(boolean compiled) {
        SparkSession spark = SparkSessions.get("local[2]");
        String wholeStage = spark.conf().get("spark.sql.codegen.wholeStage");
        String factoryMode = spark.conf().get("spark.sql.codegen.factoryMode");
        try {
            spark.conf().set("spark.sql.codegen.wholeStage", String.valueOf(compiled));
            spark.conf().set("spark.sql.codegen.factoryMode", compiled ? "CODEGEN_ONLY" : "NO_CODEGEN");
            List<Row> rows = new ArrayList<>();
            values().forEach(value -> rows.add(RowFactory.create(value)));
            rows.add(RowFactory.create((Object) null));
            StructType schema = new StructType().add("x", DataTypes.DoubleType);
            Dataset<Row> rounded = spark.createDataFrame(rows, schema)
                    .select(col("x"), Keys.round2("x").as("fast"), Keys.exactRound2(col("x")).as("exact"));
            List<Row> all = rounded.collectAsList(); // a test's fixed list of values
            int compared = 0;
            for (Row row : all) {
                if (row.isNullAt(0)) {
                    assertTrue(row.isNullAt(1), "null stays null");
                    continue;
                }
                double x = row.getDouble(0);
                assertEquals(Double.doubleToRawLongBits(row.getDouble(2)), Double.doubleToRawLongBits(row.getDouble(1)),
                        () -> "round2(" + x + "): " + row.getDouble(1) + " against the exact " + row.getDouble(2));
                compared++;
            }
            assertEquals(rows.size() - 1, compared);
        } finally {
            spark.conf().set("spark.sql.codegen.wholeStage", wholeStage);
            spark.conf().set("spark.sql.codegen.factoryMode", factoryMode);
        }
    }
}
