package vn.parindex.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NightlyBriefingsTest {
    @TempDir
    Path dir;

    @Test
    void writesEachRankedTableAndEachUnitsLatestYear() throws Exception {
        int written = NightlyBriefings.writeAll(Fixture.data(), dir);

        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(
                    "province/tinh-thu-nghiem_department_PAR_2023.xlsx",
                    "province/tinh-thu-nghiem_department_PAR_2024.xlsx",
                    "unit/T-F_PAR_2024.xlsx", "unit/T-M_PAR_2024.xlsx",
                    "unit/T-NV_PAR_2024.xlsx", "unit/T-TP_PAR_2024.xlsx"),
                    files.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString()).sorted().toList());
        }
        assertEquals(6, written);
    }

    @Test
    void fileNamesAreAsciiSlugs() {
        assertEquals("lao-cai", BriefingFiles.slug("Lào Cai"));
        assertEquals("dak-lak", BriefingFiles.slug("Đắk Lắk"));
        assertEquals("viet-nam", BriefingFiles.slug(" Việt  Nam "));
        Path unit = BriefingFiles.unit(dir, new UnitYear("../X Y", "PAR", 2024));
        assertTrue(unit.startsWith(dir.resolve("unit")), unit.toString());
        assertEquals("__X_Y_PAR_2024.xlsx", unit.getFileName().toString());
    }
}
