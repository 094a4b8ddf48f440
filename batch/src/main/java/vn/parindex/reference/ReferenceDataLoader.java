package vn.parindex.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads and checks DIR/reference/; any problem is a {@link ReferenceDataException}. */
public final class ReferenceDataLoader {
    private ReferenceDataLoader() {
    }

    public static ReferenceData load(Path inputDir) {
        Path reference = inputDir.resolve("reference");
        ReferenceIssues issues = new ReferenceIssues();
        try {
            requireFile(reference.resolve("units.csv"), UnitsFile.NAME, issues);
            requireFile(reference.resolve("methodology.csv"), MethodologyFile.NAME, issues);
            if (!issues.isEmpty()) {
                throw new ReferenceDataException(issues.list());
            }
            List<Unit> unitList = UnitsFile.read(reference.resolve("units.csv"), issues);
            UnitRegistry units = new UnitRegistry(unitList);
            Methodology methodology = MethodologyFile.read(reference.resolve("methodology.csv"), units, issues);
            List<Target> targets = TargetsFile.read(reference.resolve("targets.csv"), units, issues);
            List<RankingTable> tables = TablesFile.read(reference.resolve("tables.csv"), units, issues);
            if (!issues.isEmpty()) {
                throw new ReferenceDataException(issues.list());
            }
            return new ReferenceData(units, methodology, targets, tables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireFile(Path file, String name, ReferenceIssues issues) {
        if (!Files.isRegularFile(file)) {
            issues.add(name, 0, "", "missing_file", "required reference file " + name + " is missing");
        }
    }
}
