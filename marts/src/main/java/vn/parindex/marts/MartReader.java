package vn.parindex.marts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;

/**
 * Reads a mart folder written by Spark (part-*.parquet; .crc and _SUCCESS ignored) row by row, in the declared
 * column order: String, Integer, Double, Boolean or LocalDate, null for a blank or for a column an older snapshot
 * lacks. Uses parquet's LocalInputFile, so no Hadoop file system is started.
 */
public final class MartReader {
    private final UnaryOperator<String> strings;

    /** @param strings applied to every text value (the dashboard pools and normalises them) */
    public MartReader(UnaryOperator<String> strings) {
        this.strings = strings;
    }

    public MartReader() {
        this(UnaryOperator.identity());
    }

    /**
     * Hands each row to the consumer, partition by partition when the mart is partitioned by province; a folder
     * without a part file is an error, an empty part is none.
     */
    public void read(MartSchema mart, Path folder, Consumer<Object[]> rows) throws IOException {
        List<Path> partitions = MartPartitions.folders(folder);
        if (partitions.isEmpty()) {
            readParts(mart, folder, null, null, rows, true);
            return;
        }
        for (Path partition : partitions) {
            readParts(mart, partition, MartPartitions.COLUMN, MartPartitions.provinceOf(partition).orElseThrow(), rows,
                    false);
        }
    }

    /**
     * Hands the consumer one province's rows: from its partition alone when the mart is partitioned (none when it
     * has no partition for that province), else from every part file, keeping that province's rows.
     */
    public void readProvince(MartSchema mart, Path folder, String province, Consumer<Object[]> rows)
            throws IOException {
        readPartition(mart, folder, MartPartitions.COLUMN, province, rows);
    }

    /**
     * Hands the consumer the rows whose column has the value: from that partition alone when the mart is partitioned
     * by the column (none when it has no such partition), else from every part file, keeping the matching rows.
     */
    public void readPartition(MartSchema mart, Path folder, String column, String value, Consumer<Object[]> rows)
            throws IOException {
        if (!MartPartitions.folders(folder, column).isEmpty()) {
            Optional<Path> partition = MartPartitions.folder(folder, column, value);
            if (partition.isPresent()) {
                readParts(mart, partition.get(), column, value, rows, false);
            }
            return;
        }
        int index = mart.indexOf(column);
        readParts(mart, folder, null, null, values -> {
            if (value.equals(values[index])) {
                rows.accept(values);
            }
        }, true);
    }

    /** The provinces a partitioned mart holds, in folder-name order; empty for an unpartitioned mart. */
    public static List<String> provinces(Path folder) throws IOException {
        return MartPartitions.folders(folder).stream().map(p -> MartPartitions.provinceOf(p).orElseThrow()).toList();
    }

    /** @param column, value the partition's column and value, given to the column its files leave out (or null) */
    private void readParts(MartSchema mart, Path folder, String column, String value, Consumer<Object[]> rows,
                           boolean required) throws IOException {
        List<Path> parts;
        try (Stream<Path> files = Files.list(folder)) {
            parts = files.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
        if (parts.isEmpty() && required) {
            throw new IOException("mart " + mart.name() + " has no part file in " + folder);
        }
        for (Path part : parts) {
            try (ParquetFileReader reader = open(part)) {
                readPart(mart, reader, column, value, rows);
            }
        }
    }

    private void readPart(MartSchema mart, ParquetFileReader reader, String column, String value,
                          Consumer<Object[]> rows) throws IOException {
        MessageType schema = reader.getFooter().getFileMetaData().getSchema();
        List<String> names = mart.names();
        int partitionColumn = column == null || schema.containsField(column) ? -1 : names.indexOf(column);
        Object partitionValue = value == null ? null : strings.apply(value);
        PageReadStore rowGroup;
        while ((rowGroup = reader.readNextRowGroup()) != null) {
            RecordReader<Object[]> records = new ColumnIOFactory().getColumnIO(schema).getRecordReader(rowGroup,
                    new RowMaterializer(schema, names, partitionColumn, partitionValue, strings));
            for (long i = 0; i < rowGroup.getRowCount(); i++) {
                rows.accept(records.read());
            }
        }
    }

    /** A reader of its own (its codec factory is released with it), on the configuration loaded once. */
    private static ParquetFileReader open(Path part) throws IOException {
        return ParquetFileReader.open(new LocalInputFile(part), ParquetReadOptions.builder(ParquetSettings.CONFIGURATION)
                .build());
    }

    /** The columns a part file holds, typed as a mart declares them: for checking a folder against its mart. */
    public static List<MartColumn> columnsOf(Path part) throws IOException {
        try (ParquetFileReader reader = open(part)) {
            return reader.getFooter().getFileMetaData().getSchema().getFields().stream().map(field -> {
                var type = field.asPrimitiveType();
                ColumnType columnType = type.getLogicalTypeAnnotation()
                        instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation ? ColumnType.DATE
                        : switch (type.getPrimitiveTypeName()) {
                            case INT32 -> ColumnType.INT;
                            case DOUBLE -> ColumnType.DOUBLE;
                            case BOOLEAN -> ColumnType.BOOLEAN;
                            case BINARY -> ColumnType.STRING;
                            default -> throw new IllegalStateException(field + " is no mart column type");
                        };
                return new MartColumn(Column.found(field.getName(), columnType), field.isRepetition(
                        org.apache.parquet.schema.Type.Repetition.OPTIONAL));
            }).toList();
        }
    }
}
