package vn.parindex.marts;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Turns a part file's records straight into a mart's rows (values in the mart's column order), with no Group in
 * between, and decodes each string dictionary once per column chunk instead of once per value: names, provinces and
 * codes repeat on every row. A column the file lacks stays null, or takes the partition's value.
 */
final class RowMaterializer extends RecordMaterializer<Object[]> {
    private final Row root;

    /**
     * @param partitionColumn the mart column the folder name gives (the files leave it out), or -1
     */
    RowMaterializer(MessageType file, List<String> columns, int partitionColumn, Object partitionValue,
                    UnaryOperator<String> strings) {
        this.root = new Row(file, columns, partitionColumn, partitionValue, strings);
    }

    @Override
    public Object[] getCurrentRecord() {
        return root.values;
    }

    @Override
    public GroupConverter getRootConverter() {
        return root;
    }

    private static final class Row extends GroupConverter {
        private final int width;
        private final int partitionColumn;
        private final Object partitionValue;
        private final Converter[] fields;
        private Object[] values;

        Row(MessageType file, List<String> columns, int partitionColumn, Object partitionValue,
            UnaryOperator<String> strings) {
            this.width = columns.size();
            this.partitionColumn = partitionColumn;
            this.partitionValue = partitionValue;
            this.fields = new Converter[file.getFieldCount()];
            for (int f = 0; f < fields.length; f++) {
                Type field = file.getType(f);
                fields[f] = new Value(this, columns.indexOf(field.getName()), field.asPrimitiveType(), strings);
            }
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return fields[fieldIndex];
        }

        @Override
        public void start() {
            values = new Object[width];
            if (partitionColumn >= 0) {
                values[partitionColumn] = partitionValue;
            }
        }

        @Override
        public void end() {
        }
    }

    /** One column's values into the row's slot (a column the mart does not declare is read and dropped). */
    private static final class Value extends PrimitiveConverter {
        private final Row row;
        private final int column;
        private final boolean date;
        private final boolean text;
        private final UnaryOperator<String> strings;
        private String[] dictionary;

        Value(Row row, int column, PrimitiveType type, UnaryOperator<String> strings) {
            this.row = row;
            this.column = column;
            this.date = type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation;
            this.text = type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY;
            this.strings = strings;
        }

        private void set(Object value) {
            if (column >= 0) {
                row.values[column] = value;
            }
        }

        @Override
        public boolean hasDictionarySupport() {
            return text;
        }

        @Override
        public void setDictionary(Dictionary values) {
            dictionary = new String[values.getMaxId() + 1];
            for (int id = 0; id < dictionary.length; id++) {
                dictionary[id] = strings.apply(values.decodeToBinary(id).toStringUsingUTF8());
            }
        }

        @Override
        public void addValueFromDictionary(int id) {
            set(dictionary[id]);
        }

        @Override
        public void addBinary(Binary value) {
            set(strings.apply(value.toStringUsingUTF8()));
        }

        @Override
        public void addInt(int value) {
            set(date ? LocalDate.ofEpochDay(value) : Integer.valueOf(value));
        }

        @Override
        public void addLong(long value) {
            set(value);
        }

        @Override
        public void addDouble(double value) {
            set(value);
        }

        @Override
        public void addFloat(float value) {
            set((double) value);
        }

        @Override
        public void addBoolean(boolean value) {
            set(value);
        }
    }
}
