package vn.parindex.dashboard.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Reads a mart folder written by Spark (part-*.parquet; .crc and _SUCCESS ignored) into a {@link Table}.
 * Uses parquet's LocalInputFile, so no Hadoop file system is started.
 */
final class ParquetMartReader {
    private final Map<String, String> stringPool;

    /** @param stringPool shared across the snapshot's tables so repeated names are held once */
    ParquetMartReader(Map<String, String> stringPool) {
        this.stringPool = stringPool;
    }

    Table read(String name, Path folder) throws IOException {
        List<Path> parts;
        try (Stream<Path> files = Files.list(folder)) {
            parts = files.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
        Columns columns = null;
        List<Row> rows = new ArrayList<>();
        for (Path part : parts) {
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(part))) {
                MessageType schema = reader.getFooter().getFileMetaData().getSchema();
                if (columns == null) {
                    columns = new Columns(schema.getFields().stream().map(Type::getName).toList());
                }
                readRows(reader, schema, columns, rows);
            }
        }
        if (columns == null) {
            throw new IOException("mart " + name + " has no part file in " + folder);
        }
        return new Table(name, columns, rows);
    }

    private void readRows(ParquetFileReader reader, MessageType schema, Columns columns, List<Row> rows)
            throws IOException {
        List<String> names = columns.names();
        PageReadStore rowGroup;
        while ((rowGroup = reader.readNextRowGroup()) != null) {
            RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                    .getRecordReader(rowGroup, new GroupRecordConverter(schema));
            for (long i = 0; i < rowGroup.getRowCount(); i++) {
                Group group = records.read();
                Object[] values = new Object[names.size()];
                for (int c = 0; c < names.size(); c++) {
                    values[c] = value(group, schema, names.get(c));
                }
                rows.add(new Row(columns, values));
            }
        }
    }

    private Object value(Group group, MessageType schema, String column) {
        if (!schema.containsField(column)) {
            return null;
        }
        int field = schema.getFieldIndex(column);
        if (group.getFieldRepetitionCount(field) == 0) {
            return null;
        }
        org.apache.parquet.schema.PrimitiveType type = schema.getType(field).asPrimitiveType();
        if (type.getLogicalTypeAnnotation() instanceof org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
            // a date (task due dates) reads as the extract writes it, yyyy-mm-dd
            return pooled(java.time.LocalDate.ofEpochDay(group.getInteger(field, 0)).toString());
        }
        return switch (type.getPrimitiveTypeName()) {
            case INT32 -> group.getInteger(field, 0);
            case INT64 -> group.getLong(field, 0);
            case DOUBLE -> group.getDouble(field, 0);
            case FLOAT -> (double) group.getFloat(field, 0);
            case BOOLEAN -> group.getBoolean(field, 0);
            default -> pooled(Names.nfc(group.getString(field, 0)));
        };
    }

    private String pooled(String text) {
        return stringPool.computeIfAbsent(text, t -> t);
    }
}
