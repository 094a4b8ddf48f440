package vn.parindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import vn.parindex.documents.WordAnnex;
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

    @Test
    void validateShowsHowAWordAnnexWasReadAndNamesTableRowAndColumn() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        Path file = new WordAnnex(4, false).paragraph("ỦY BAN NHÂN DÂN TỈNH MẪU")
                .paragraph("KẾT QUẢ CHỈ SỐ CCHC NĂM 2024")
                .paragraph("(Kèm theo Quyết định số 715/QĐ-UBND ngày 2 tháng 3 năm 2025)")
                .table(800, 4000, 2500, 1500)
                .headerRow("STT", "Tên cơ quan, đơn vị", "Cải cách thể chế (9)", "Xếp hạng")
                .bodyRow("1", "Sở Ngoại vụ", "7", "1")
                .save(input.resolve("scores/PL01.docx"));

        String output = validate(input, file.toString());

        assertTrue(output.contains("scores/PL01.docx: read as a Word document\n  table 1: province Tỉnh Mẫu (from the"
                + " title), year 2024 (from the title), index PAR; header at row 1, body from row 2; 1 unit row(s)"
                + " (1 department); columns: column 1 'STT' = STT; column 2 'Tên cơ quan, đơn vị' = unit; column 3"
                + " 'Cải cách thể chế (9)' = domain 2; column 4 'Xếp hạng' = RANK; source: PL01.docx, QĐ"
                + " 715/QĐ-UBND"), output);
        assertTrue(output.contains("error scores/PL01.docx:2 [table 1, row 2, column 2 (Tên cơ quan, đơn vị)]"
                + " unknown_unit: unknown unit 'Sở Ngoại vụ' in Tỉnh Mẫu"), output);
    }

    @Test
    void validateChecksThePlanFilesToo() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Nhiệm vụ");
            String[][] rows = {{"Tỉnh", "Đơn vị", "Năm kế hoạch", "Nội dung nhiệm vụ", "Thời gian thực hiện"},
                {"Tỉnh Mẫu", "STP", "20x4", "Rà soát thủ tục", "30/6"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            TestInputs.write(input.resolve("plans/nhiem-vu.xlsx"), toBytes(workbook));
        }

        String output = validate(input);

        assertTrue(output.contains("error plans/nhiem-vu.xlsx:4 [C (Năm kế hoạch)] bad_year: plan_year '20x4' is not a"
                + " year"), output);
        assertFalse(output.contains("deadline_not_understood"), output); // line 5's "Khi …" is read since 2026-12-07
        assertTrue(output.endsWith("1 error(s) found\n"), output);
    }

    @Test
    void aPathUnderPlansChecksThatPlanFileAlone() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        Path plan = TestInputs.write(input.resolve("plans/sub/bad.csv"),
                "province,unit,plan_year,task,deadline,done_on\nTỉnh Mẫu,STP,2024,t,30/6,hôm qua\n");
        TestInputs.write(input.resolve("scores/bad.csv"), "province,year,unit,index,code,score\n");

        String output = validate(input, plan.toString());

        assertTrue(output.contains("error plans/sub/bad.csv:2 [done_on] bad_date: done_on 'hôm qua' is not a date"),
                output);
        assertTrue(!output.contains("scores/") && !output.contains("plans/2024.csv"), output);
    }

    /** Runs validate; asserts exit code 2 (errors found); returns what it printed. */
    private static String validate(Path input, String... paths) throws Exception {
        String[] args = new String[3 + paths.length];
        args[0] = "validate";
        args[1] = "--input";
        args[2] = input.toString();
        System.arraycopy(paths, 0, args, 3, paths.length);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = Main.execute(Options.parse(args), new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertEquals(RunOutcome.NOTHING_PUBLISHED, exit, output);
        return output;
    }

    private static byte[] toBytes(XSSFWorkbook workbook) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
