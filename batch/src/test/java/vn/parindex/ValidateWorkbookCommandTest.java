package vn.parindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.cli.Options;
import vn.parindex.job.RunOutcome;

/** `./parindex validate FILE.xlsx` says how the workbook was read, then every problem. */
class ValidateWorkbookCommandTest {
    @TempDir
    Path dir;

    @Test
    void validateShowsHowAWorkbookWasReadAndItsProblems() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        Path file = input.resolve("scores/PL01_2024.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("PL01");
            sheet.createRow(0).createCell(0).setCellValue("ỦY BAN NHÂN DÂN TỈNH MẪU");
            Row header = sheet.createRow(2);
            String[] names = {"STT", "Tên cơ quan, đơn vị", "Cải cách thể chế (9)", "Xếp hạng"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue("Sở Ngoại vụ");
            row.createCell(2).setCellValue(7);
            row.createCell(3).setCellValue(1);
            TestInputs.write(file, toBytes(workbook));
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = Main.execute(Options.parse(new String[] {"validate", "--input", input.toString(), file.toString()}),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertEquals(RunOutcome.NOTHING_PUBLISHED, exit, output);
        assertTrue(output.contains("scores/PL01_2024.xlsx: read as a published workbook\n  sheet 'PL01': province Tỉnh"
                + " Mẫu (from the title), year 2024 (from the file name), index PAR; header at row 3, body from row 4;"
                + " 1 unit row(s) (1 department); columns: A 'STT' = STT; B 'Tên cơ quan, đơn vị' = unit;"
                + " C 'Cải cách thể chế (9)' = domain 2; D 'Xếp hạng' = RANK"), output);
        assertTrue(output.contains("error scores/PL01_2024.xlsx:4 [B (Tên cơ quan, đơn vị)] unknown_unit: unknown unit"
                + " 'Sở Ngoại vụ' in Tỉnh Mẫu; closest known: Sở Nội vụ"), output);
    }

    private static byte[] toBytes(XSSFWorkbook workbook) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
