package vn.parindex.sampledata;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's data/ folder, found from wherever the tests run (the module folder under Maven). */
final class RepositoryData {
    private RepositoryData() {
    }

    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path data = dir.resolve("data");
            if (Files.isRegularFile(data.resolve("reference/units.csv")) && Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isDirectory(data.resolve("generator"))) {
                return data;
            }
        }
        throw new IllegalStateException("no repository data/ folder above " + Path.of("").toAbsolutePath());
    }
}
