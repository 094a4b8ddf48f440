package vn.parindex.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * --mail-dir DIR: each mail written to DIR as an .eml file a planner can open in a mail client (nothing is sent),
 * named by its position and address ({@code 01_vanphong@sotttt.example.gov.vn.eml}); a file of the same name is
 * replaced.
 */
final class EmlPreviews {
    private final Path folder;

    EmlPreviews(Path folder) {
        this.folder = folder;
    }

    Path write(int number, String address, byte[] eml) throws IOException {
        Files.createDirectories(folder);
        String name = String.format("%02d_%s.eml", number, address.replaceAll("[^A-Za-z0-9@._+-]", "_"));
        Path file = folder.resolve(name);
        Path temporary = folder.resolve(name + ".tmp");
        Files.write(temporary, eml);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
