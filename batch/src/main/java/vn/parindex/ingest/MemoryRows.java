package vn.parindex.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A file's rows held in memory: for `validate` and the tests, whose inputs are one folder a person checks. */
public final class MemoryRows implements StagedRows {
    private final List<StagedScore> rows = new ArrayList<>();

    @Override
    public void add(StagedScore row) {
        rows.add(row);
    }

    @Override
    public void finish() {
    }

    @Override
    public long count() {
        return rows.size();
    }

    @Override
    public void forEach(Set<ProvinceYear> only, Consumer<StagedScore> consumer) {
        rows.stream().filter(row -> only.contains(row.provinceYear())).forEach(consumer);
    }

    @Override
    public Path folder() {
        return null;
    }
}
