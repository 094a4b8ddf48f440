package vn.parindex.marts;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mart: its name (the folder under marts/ and, for an extract, the CSV's name), its columns in contract order, and
 * the column its folder is partitioned by ({@code marts/<name>/<column>=<value>/part-*.parquet}), or null when it is
 * one folder of part files.
 */
public final class MartSchema {
    private final String name;
    private final List<MartColumn> columns;
    private final String partitionColumn;
    /** By the column object itself: two columns may share a name in different marts and mean different things. */
    private final Map<Column<?>, Integer> positions = new IdentityHashMap<>();

    public MartSchema(String name, List<MartColumn> columns, String partitionColumn) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.partitionColumn = partitionColumn;
        for (int i = 0; i < this.columns.size(); i++) {
            positions.put(this.columns.get(i).column(), i);
        }
    }

    public MartSchema(String name, List<MartColumn> columns) {
        this(name, columns, null);
    }

    public String name() {
        return name;
    }

    public List<MartColumn> columns() {
        return columns;
    }

    public String partitionColumn() {
        return partitionColumn;
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

    /** Whether this mart holds the column (the very column, not one of the same name). */
    public boolean holds(Column<?> column) {
        return positions.containsKey(column);
    }

    /** Where the column sits in this mart's rows; a column the mart does not hold is a programming error. */
    public int position(Column<?> column) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalArgumentException("mart " + name + " has no column " + column);
        }
        return position;
    }

    /** The same mart with only the given columns, in that order (a reader that needs a few of them). */
    public MartSchema projection(Column<?>... wanted) {
        List<MartColumn> kept = new ArrayList<>();
        for (Column<?> column : wanted) {
            kept.add(columns.get(position(column)));
        }
        return new MartSchema(name, kept, null);
    }

    /** Whether the mart's folder is partitioned (see {@link #partitionColumn}). */
    public boolean partitioned() {
        return partitionColumn != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MartSchema schema && schema.name.equals(name) && schema.columns.equals(columns)
                && java.util.Objects.equals(schema.partitionColumn, partitionColumn);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, columns, partitionColumn);
    }

    @Override
    public String toString() {
        return name + names();
    }

    static Builder named(String name) {
        return new Builder(name);
    }

    /** Reads like the table it declares: {@code .add(PROVINCE, YEAR).maybe(SCORE)}. */
    static final class Builder {
        private final String name;
        private final List<MartColumn> columns = new ArrayList<>();
        private String partitionColumn;

        private Builder(String name) {
            this.name = name;
        }

        /** The folder is partitioned by the column, one sub-folder per value. */
        Builder partitionedBy(String column) {
            partitionColumn = column;
            return this;
        }

        /** Columns that are never blank. */
        Builder add(Column<?>... required) {
            for (Column<?> column : required) {
                columns.add(new MartColumn(column, false));
            }
            return this;
        }

        /** Columns that may be blank. */
        Builder maybe(Column<?>... optional) {
            for (Column<?> column : optional) {
                columns.add(new MartColumn(column, true));
            }
            return this;
        }

        MartSchema build() {
            return new MartSchema(name, columns, partitionColumn);
        }
    }
}
