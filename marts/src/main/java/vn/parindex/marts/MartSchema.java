package vn.parindex.marts;

import java.util.ArrayList;
import java.util.List;

/** A mart: its name (the folder under marts/ and, for an extract, the CSV's name) and its columns in contract order. */
public record MartSchema(String name, List<MartColumn> columns) {
    public MartSchema {
        columns = List.copyOf(columns);
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

    /**
     * Whether the mart is written partitioned by province ({@code marts/<name>/province=<value>/part-*.parquet}): every
     * mart that has a province column, so a reader can take one province's rows without reading the others.
     */
    public boolean partitioned() {
        return names().contains(MartPartitions.COLUMN);
    }

    static Builder named(String name) {
        return new Builder(name);
    }

    /** Reads like the table it declares: {@code .string("province").integer("year").maybe().real("score")}. */
    static final class Builder {
        private final String name;
        private final List<MartColumn> columns = new ArrayList<>();
        private boolean nullable;

        private Builder(String name) {
            this.name = name;
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
            return new MartSchema(name, columns);
        }
    }
}
