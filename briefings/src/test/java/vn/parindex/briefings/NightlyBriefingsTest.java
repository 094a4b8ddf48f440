package vn.parindex.briefings;

import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.UnitYear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NightlyBriefingsTest {
    private static final List<String> MARKS = List.of("số liệu minh họa", "suy ra", "nguồn không chính thức");

    @TempDir
    Path dir;

    @Test
    void writesTheLatestYearOfEachRankedTableAndNoUnitBriefing() throws Exception {
        int written = NightlyBriefings.writeAll(Fixture.data(), dir);

        assertEquals(List.of(
                "province/lao-cai_department_PAR_2022.xlsx", "province/tinh-thu-nghiem_department_PAR_2024.xlsx",
                "province/viet-nam_province_PAPI_2021.xlsx", "province/viet-nam_province_PAR_2021.xlsx"),
                files());
        assertEquals(4, written);
    }

    /**
     * No sheet of any workbook that marks a figure as not published says its data is "bản công bố": the nightly ones,
     * and each unit's latest-year briefing as the dashboard builds it on demand.
     */
    @Test
    void noSheetThatShowsOtherDataClaimsItIsPublished() throws Exception {
        BriefingData data = Fixture.data();
        NightlyBriefings.writeAll(data, dir);
        for (UnitYear unitYear : data.latestUnitYears()) {
            Briefings.writeFile(BriefingFiles.unit(dir, unitYear), out -> Briefings.writeUnit(data, unitYear, out));
        }
        assertEquals(9, files().stream().filter(file -> file.startsWith("unit/")).count());
        int marked = 0;
        for (String file : files()) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(dir.resolve(file).toFile())) {
                for (Sheet sheet : workbook) {
                    String header = sheet.getRow(1).getCell(0).getStringCellValue();
                    assertTrue(header.contains("Bản dữ liệu " + Fixture.SNAPSHOT.id()), header);
                    if (marksAFigure(sheet)) {
                        marked++;
                        assertFalse(header.contains("Dữ liệu: bản công bố ·"), file + " " + sheet.getSheetName());
                        assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().startsWith("Cột \"Nguồn số liệu\""),
                                file + " " + sheet.getSheetName() + " has no note");
                    }
                }
            }
        }
        assertTrue(marked > 10, "the fixture marks figures on " + marked + " sheets");
    }

    private static boolean marksAFigure(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (row.getRowNum() > 2 && cell.getCellType() == CellType.STRING
                        && MARKS.stream().anyMatch(cell.getStringCellValue()::startsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString()).sorted().toList();
        }
    }

    @Test
    void fileNamesAreAsciiSlugs() {
        assertEquals("lao-cai", BriefingFiles.slug("Lào Cai"));
        assertEquals("dak-lak", BriefingFiles.slug("Đắk Lắk"));
        assertEquals("viet-nam", BriefingFiles.slug(" Việt  Nam "));
        Path unit = BriefingFiles.unit(dir, new UnitYear("../X Y", "PAR", 2024));
        assertTrue(unit.startsWith(dir.resolve("unit")), unit.toString());
        assertEquals("%2E%2E%2FX%20Y_PAR_2024.xlsx", unit.getFileName().toString());
    }

    @Test
    void idsThatDifferOnlyInUnsafeCharactersNeverShareAFile() {
        List<String> ids = List.of("LCI-X Y", "LCI-X/Y", "LCI-X_Y", "LCI-X%20Y", "LCI-X.Y", "LCI-XY", "LCI-XỲ");
        Set<String> names = new java.util.HashSet<>();
        for (String id : ids) {
            Path file = BriefingFiles.unit(dir, new UnitYear(id, "PAR", 2024));
            assertTrue(file.getParent().equals(dir.resolve("unit")), file.toString());
            assertTrue(file.getFileName().toString().matches("[A-Za-z0-9%_.-]+"), file.toString());
            names.add(file.getFileName().toString());
        }
        assertEquals(ids.size(), names.size(), names.toString());
    }
}
