package vn.parindex.marts;

import java.util.ArrayList;
import java.util.List;

/**
 * A mart: its name (the folder under marts/ and, for an extract, the CSV's name), its columns in contract order, and
 * the column its folder is partitioned by ({@code marts/<name>/<column>=<value>/part-*.parquet}), or null when it is
 * one folder of part files.
 */
public record MartSchema(String name, List<MartColumn> columns, String partitionColumn) {
    public MartSchema {
        columns = List.copyOf(columns);
    }

    public MartSchema(String name, List<MartColumn> columns) {
        this(name, columns, null);
    }

    public List<String> names() {
        return columns.stream().map(MartColumn::name).toList();
    }

    public String[] nameArray() {
        return names().toArray(String[]::new);
    }

    public int indexOf(String column) {
        return names().indexOf(column);
    }

    /** Whether the mart's folder is partitioned (see {@link #partitionColumn}). */
    public boolean partitioned() {
        return partitionColumn != null;
    }

    static Builder named(String name) {
        return new Builder(name);
    }

    /** Reads like the table it declares: {@code .string("province").integer("year").maybe().real("score")}. */
    static final class Builder {
        private final String name;
        private final List<MartColumn> columns = new ArrayList<>();
        private boolean nullable;
        private String partitionColumn;

        private Builder(String name) {
            this.name = name;
        }

        /** The folder is partitioned by the column, one sub-folder per value. */
        Builder partitionedBy(String column) {
            partitionColumn = column;
            return this;
        }

        /** The next column may be blank. */
        Builder maybe() {
            nullable = true;
            return this;
        }

        Builder string(String... names) {
            return add(ColumnType.STRING, names);
        }

        Builder integer(String... names) {
            return add(ColumnType.INT, names);
        }

        Builder real(String... names) {
            return add(ColumnType.DOUBLE, names);
        }

        Builder bool(String... names) {
            return add(ColumnType.BOOLEAN, names);
        }

        Builder date(String... names) {
            return add(ColumnType.DATE, names);
        }

        private Builder add(ColumnType type, String... names) {
            for (String column : names) {
                columns.add(new MartColumn(column, type, nullable));
            }
            nullable = false;
            return this;
        }

        MartSchema build() {
            return new MartSchema(name, columns, partitionColumn);
        }
    }
}
