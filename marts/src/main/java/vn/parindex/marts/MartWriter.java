package vn.parindex.marts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Writes rows of a mart, in its declared column order and types, to one Parquet part file that Spark and
 * {@link MartReader} read like Spark's own (a folder holding part-*.parquet). Rows are streamed: only the current
 * row group is in memory.
 */
public final class MartWriter implements AutoCloseable {
    public static final String PART = "part-00000.snappy.parquet";

    private final ParquetWriter<Object[]> writer;
    private long rows;

    /** Creates {@code folder} and its one part file. */
    public MartWriter(MartSchema mart, Path folder) throws IOException {
        this(mart, folder, PART);
    }

    /** Creates {@code folder} and the part file of that name (part-*.parquet, read in name order). */
    public MartWriter(MartSchema mart, Path folder, String part) throws IOException {
        MessageType schema = parquetSchema(mart);
        Files.createDirectories(folder);
        this.writer = new RowWriteSupport.Builder(new LocalOutputFile(folder.resolve(part)), mart, schema)
                .withConf(ParquetSettings.CONFIGURATION).withCompressionCodec(CompressionCodecName.SNAPPY).build();
    }

    /** One row, values in the mart's column order: String, Integer, Double, Boolean or LocalDate; null for blank. */
    public void write(Object[] values) throws IOException {
        writer.write(values);
        rows++;
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /** The Parquet schema Spark writes for the mart's columns (blank-able columns optional). */
    public static MessageType parquetSchema(MartSchema mart) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (MartColumn column : mart.columns()) {
            Type.Repetition repetition = column.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
            switch (column.type()) {
                case STRING -> message.primitive(PrimitiveTypeName.BINARY, repetition)
                        .as(LogicalTypeAnnotation.stringType()).named(column.name());
                case INT -> message.primitive(PrimitiveTypeName.INT32, repetition).named(column.name());
                case DOUBLE -> message.primitive(PrimitiveTypeName.DOUBLE, repetition).named(column.name());
                case BOOLEAN -> message.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(column.name());
                case DATE -> message.primitive(PrimitiveTypeName.INT32, repetition)
                        .as(LogicalTypeAnnotation.dateType()).named(column.name());
            }
        }
        return message.named("spark_schema");
    }
}
