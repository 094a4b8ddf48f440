package vn.parindex.compute;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.parindex.marts.ColumnType;
import vn.parindex.marts.MartColumn;
import vn.parindex.marts.MartSchema;

/** A mart's declaration as the Spark schema of the rows the driver builds for it. */
final class SparkSchemas {
    private SparkSchemas() {
    }

    static StructType of(MartSchema mart) {
        StructType schema = new StructType();
        for (MartColumn column : mart.columns()) {
            schema = schema.add(column.name(), type(column.type()), column.nullable());
        }
        return schema;
    }

    static DataType type(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DATE -> DataTypes.DateType;
        };
    }
}
