package vn.parindex.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout these tests run in: the folder of the parent pom, found upwards from the module being built. */
public final class Repository {
    private Repository() {
    }

    public static Path root() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom)
                    && Files.readString(pom, StandardCharsets.UTF_8).contains("<module>marts</module>")) {
                return dir;
            }
        }
        throw new IllegalStateException("no parent pom above " + Path.of("").toAbsolutePath());
    }
}
