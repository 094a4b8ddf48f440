package vn.parindex.marts;

import java.time.LocalDate;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes a mart's rows (values in its column order) straight to Parquet's record consumer, with no Group in between:
 * the ingest stages millions of score rows through it.
 */
final class RowWriteSupport extends WriteSupport<Object[]> {
    private final MartSchema mart;
    private final MessageType schema;
    private RecordConsumer consumer;

    RowWriteSupport(MartSchema mart, MessageType schema) {
        this.mart = mart;
        this.schema = schema;
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    /** One row: String, Integer, Double, Boolean or LocalDate; null for blank. */
    @Override
    public void write(Object[] values) {
        consumer.startMessage();
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            MartColumn column = mart.columns().get(c);
            consumer.startField(column.name(), c);
            switch (column.type()) {
                case STRING -> consumer.addBinary(Binary.fromString((String) value));
                case INT -> consumer.addInteger(((Number) value).intValue());
                case DOUBLE -> consumer.addDouble(((Number) value).doubleValue());
                case BOOLEAN -> consumer.addBoolean((Boolean) value);
                case DATE -> consumer.addInteger((int) ((LocalDate) value).toEpochDay());
            }
            consumer.endField(column.name(), c);
        }
        consumer.endMessage();
    }

    /** A Parquet writer of rows through this support. */
    static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
        private final RowWriteSupport support;

        Builder(OutputFile file, MartSchema mart, MessageType schema) {
            super(file);
            this.support = new RowWriteSupport(mart, schema);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration configuration) {
            return support;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration configuration) {
            return support;
        }
    }
}
