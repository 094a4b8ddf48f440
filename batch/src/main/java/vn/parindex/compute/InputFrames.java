package vn.parindex.compute;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import vn.parindex.marts.Marts;
import vn.parindex.reference.MethodologyItem;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.Target;
import vn.parindex.reference.Unit;

/** Turns the validated inputs into Spark DataFrames with explicit schemas. */
public final class InputFrames {
    static final StructType ITEMS = new StructType()
            .add("province", StringType, false).add("tier", StringType, false).add("year", IntegerType, false)
            .add("index", StringType, false).add("code", StringType, false).add("parent_code", StringType, true)
            .add("name", StringType, true).add("max_points", DoubleType, false).add("kind", StringType, false)
            .add("prev_code", StringType, false).add("level", IntegerType, false).add("sort_key", StringType, false);

    static final StructType UNITS = SparkSchemas.of(Marts.UNITS);

    static final StructType TARGETS = new StructType()
            .add("position", IntegerType, false).add("province", StringType, false).add("unit_id", StringType, false)
            .add("year", IntegerType, false).add("index", StringType, false).add("code", StringType, false)
            .add("kind", StringType, false).add("value", DoubleType, true);

    static final StructType TABLES = new StructType()
            .add("province", StringType, false).add("tier", StringType, false).add("index", StringType, false)
            .add("year_from", IntegerType, false).add("year_to", IntegerType, true)
            .add("members", IntegerType, false);

    private InputFrames() {
    }

    static Dataset<Row> items(SparkSession spark, ReferenceData reference) {
        List<MethodologyItem> items = reference.methodology().allItems();
        List<Row> rows = items.stream().map(i -> RowFactory.create(i.tree().province(), i.tree().tier().code(),
                i.tree().year(), i.tree().index().name(), i.code(), i.isDomain() ? null : i.parentCode(), i.name(),
                i.maxPoints(), i.kind(), i.previousCode(), i.level(), i.sortKey())).toList();
        return spark.createDataFrame(rows, ITEMS);
    }

    static Dataset<Row> units(SparkSession spark, ReferenceData reference) {
        List<Unit> units = reference.units().all();
        List<Row> rows = units.stream().map(u -> RowFactory.create(u.unitId(), u.province(), u.tier().code(), u.name(),
                u.shortName().isEmpty() ? null : u.shortName(), u.unitType().isEmpty() ? null : u.unitType(),
                u.validFrom(), u.validTo(), u.successorId(),
                u.aliases().isEmpty() ? null : String.join("|", u.aliases()))).toList();
        return spark.createDataFrame(rows, UNITS);
    }

    static Dataset<Row> targets(SparkSession spark, ReferenceData reference) {
        List<Target> targets = reference.targets();
        List<Row> rows = targets.stream().map(t -> RowFactory.create(t.position(), t.province(), t.unitId(), t.year(),
                t.index().name(), t.code(), t.kind().code(), t.value())).toList();
        return spark.createDataFrame(rows, TARGETS);
    }

    /** tables.csv: the true number of members of partial ranking tables (a handful of rows). */
    static Dataset<Row> tables(SparkSession spark, ReferenceData reference) {
        List<Row> rows = reference.tables().stream().map(t -> RowFactory.create(t.province(), t.tier().code(),
                t.index().name(), t.yearFrom(), t.yearTo(), t.members())).toList();
        return spark.createDataFrame(rows, TABLES);
    }
}
