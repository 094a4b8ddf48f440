package vn.parindex.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.ingest.IngestResult;
import vn.parindex.ingest.StagedScore;
import vn.parindex.quality.Issue;
import vn.parindex.validation.Validation;

/**
 * Published annexes built as provinces lay them out, one variation per test, each read and compared with the same
 * facts written in the long form. The reference data is the contract's example (Tỉnh Mẫu, department domains 1–4 with
 * maxima 10, 9, 11 and 70 in 2024).
 */
public class PublishedWorkbookTest {
    public static final int WIDTH = 9;
    public static final String[] TOP = {"STT", "Tên cơ quan, đơn vị", "Điểm đạt được theo lĩnh vực",
        "Điểm đạt được theo lĩnh vực", "Điểm đạt được theo lĩnh vực", "Điểm đạt được theo lĩnh vực", "Tổng điểm",
        "Chỉ số CCHC (%)", "Xếp thứ"};
    public static final String[] BOTTOM = {"", "", "I. Công tác chỉ đạo điều hành\n(10)", "Cải cách thể chế (9 điểm)",
        "Tài chính công\n(11,0)", "Điều tra xã hội học", "", "", ""};
    private static final String LONG_FORM = """
            province,year,unit,index,code,score
            Tỉnh Mẫu,2024,X-NV,PAR,1,9.5
            Tỉnh Mẫu,2024,X-NV,PAR,2,9
            Tỉnh Mẫu,2024,X-NV,PAR,3,10
            Tỉnh Mẫu,2024,X-NV,PAR,4,60.5
            Tỉnh Mẫu,2024,X-NV,PAR,TOTAL,89
            Tỉnh Mẫu,2024,X-NV,PAR,RANK,1
            Tỉnh Mẫu,2024,X-KHCN2,PAR,1,8.25
            Tỉnh Mẫu,2024,X-KHCN2,PAR,2,7
            Tỉnh Mẫu,2024,X-KHCN2,PAR,3,9.5
            Tỉnh Mẫu,2024,X-KHCN2,PAR,4,63
            Tỉnh Mẫu,2024,X-KHCN2,PAR,TOTAL,87.75
            Tỉnh Mẫu,2024,X-KHCN2,PAR,RANK,2
            Tỉnh Mẫu,2024,X-TP,PAR,1,9
            Tỉnh Mẫu,2024,X-TP,PAR,2,8
            Tỉnh Mẫu,2024,X-TP,PAR,3,NA
            Tỉnh Mẫu,2024,X-TP,PAR,4,61
            Tỉnh Mẫu,2024,X-TP,PAR,TOTAL,87.64
            Tỉnh Mẫu,2024,X-TP,PAR,RANK,3
            """;

    @TempDir
    Path dir;
    private Path input;

    @BeforeEach
    void copyExample() {
        input = TestInputs.copyExampleInput(dir);
    }

    /** The published table of the long form above: title, merged two-row header, numbering, a group row. */
    public static Annex publishedAnnex(Annex annex) {
        return annex.standardTitle("Tỉnh Mẫu", 2024).blank()
                .twoRowHeader(TOP, BOTTOM).numbering()
                .group("I. CÁC SỞ, BAN, NGÀNH")
                .row(1, "Sở Nội vụ", "9,5", 9, 10, 60.5, Annex.formula("SUM(C9:F9)"), 89, 1)
                .row(2, "SKHCN", 8.25, 7, "9,5", 63, Annex.formula("SUM(C10:F10)"), "87,75", 2)
                .row(3, "Sở Tư pháp", 9, 8, "-", 61, Annex.formula("SUM(C11:F11)"), 87.64, 3)
                .blank().title("Ghi chú: điểm lĩnh vực Tài chính công không đánh giá đối với Sở Tư pháp.");
    }

    private IngestResult ingest(Path file) throws Exception {
        return Validation.read(input, List.of(file)).result();
    }

    /** The facts a file gave: unit, code and value of every accepted row. */
    private Set<String> facts(Path file) throws Exception {
        IngestResult result = ingest(file);
        assertEquals(List.of(), result.issues().stream().filter(i -> i.severity() == Issue.Severity.ERROR).toList());
        Set<String> facts = new TreeSet<>();
        for (StagedScore row : result.accepted()) {
            facts.add(row.tier().code() + " " + row.year() + " " + row.unitId() + " " + row.index() + " "
                    + row.code() + "=" + row.valueText());
        }
        return facts;
    }

    private Set<String> longForm(String csv) throws Exception {
        return facts(TestInputs.write(input.resolve("scores/long.csv"), csv));
    }

    private List<Issue> errors(Path file) throws Exception {
        IngestResult result = ingest(file);
        assertEquals(List.of(input.relativize(file).toString()), result.quarantinedFiles());
        return result.issues().stream().filter(i -> i.severity() == Issue.Severity.ERROR).toList();
    }

    private static Issue single(List<Issue> issues, String rule) {
        List<Issue> matching = issues.stream().filter(issue -> issue.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), "one " + rule + " in " + issues);
        return matching.get(0);
    }

    @Test
    void aPublishedAnnexWithTitleMergedHeaderNumberingAndGroupRows_givesTheFactsOfTheLongForm() throws Exception {
        Path xlsx = publishedAnnex(Annex.xlsx(WIDTH)).save(input.resolve("scores/PL01.xlsx"));

        assertEquals(longForm(LONG_FORM), facts(xlsx));
    }

    @Test
    void anOldXlsWorkbook_givesTheSameFacts() throws Exception {
        Path xls = publishedAnnex(Annex.xls(WIDTH)).save(input.resolve("scores/PL01.xls"));

        assertEquals(longForm(LONG_FORM), facts(xls));
    }

    @Test
    void aOneRowHeaderWithXepHangAndMaximaOnASecondLine_isReadToo() throws Exception {
        Path file = Annex.xlsx(7).standardTitle("Tỉnh Mẫu", 2024)
                .header("STT", "Tên đơn vị", "Công tác chỉ đạo điều hành\n(10)", "Cải cách thể chế\n(9)",
                        "Tài chính công\n(11)", "Điều tra xã hội học\n(70)", "Xếp hạng")
                .row(1, "Sở Nội vụ", 9.5, 9, 10, 60.5, 1)
                .save(input.resolve("scores/one-row.xlsx"));

        assertEquals(longForm("""
                province,year,unit,index,code,score
                Tỉnh Mẫu,2024,X-NV,PAR,1,9.5
                Tỉnh Mẫu,2024,X-NV,PAR,2,9
                Tỉnh Mẫu,2024,X-NV,PAR,3,10
                Tỉnh Mẫu,2024,X-NV,PAR,4,60.5
                Tỉnh Mẫu,2024,X-NV,PAR,RANK,1
                """), facts(file));
    }

    @Test
    void decimalCommasDashesBlanksAndKhongDanhGia_areNumbersOrNotApplicable() throws Exception {
        Path file = Annex.xlsx(6).standardTitle("Tỉnh Mẫu", 2024)
                .header("STT", "Tên cơ quan, đơn vị", "Công tác chỉ đạo điều hành", "Cải cách thể chế",
                        "Tài chính công", "Điều tra xã hội học")
                .row(1, "Sở Nội vụ", "10,0", "8,75", "-", "60,25")
                .row(2, "Sở Tư pháp", "Không đánh giá", 7, null, 61)
                .save(input.resolve("scores/commas.xlsx"));

        assertEquals(longForm("""
                province;year;unit;index;code;score
                Tỉnh Mẫu;2024;X-NV;PAR;1;10
                Tỉnh Mẫu;2024;X-NV;PAR;2;8,75
                Tỉnh Mẫu;2024;X-NV;PAR;3;NA
                Tỉnh Mẫu;2024;X-NV;PAR;4;60,25
                Tỉnh Mẫu;2024;X-TP;PAR;1;NA
                Tỉnh Mẫu;2024;X-TP;PAR;2;7
                Tỉnh Mẫu;2024;X-TP;PAR;3;NA
                Tỉnh Mẫu;2024;X-TP;PAR;4;61
                """), facts(file));
    }

    @Test
    void formulaCells_giveTheirCachedValues() throws Exception {
        Path file = Annex.xlsx(7).standardTitle("Tỉnh Mẫu", 2024)
                .header("STT", "Tên cơ quan, đơn vị", "Công tác chỉ đạo điều hành", "Cải cách thể chế",
                        "Tài chính công", "Điều tra xã hội học", "Chỉ số CCHC")
                .row(1, "Sở Nội vụ", Annex.formula("4+5.5"), 9, 10, 60.5, Annex.formula("ROUND(SUM(C5:F5),2)"))
                .save(input.resolve("scores/formulas.xlsx"));

        Set<String> facts = facts(file);

        assertTrue(facts.contains("department 2024 X-NV PAR 1=9.50"), facts.toString());
        assertTrue(facts.contains("department 2024 X-NV PAR TOTAL=89.00"), facts.toString());
    }

    @Test
    void anIndexFormattedAsAPercentage_isTheIndexShownAndXepLoaiIsNotADomain() throws Exception {
        Path file = Annex.xlsx(5).standardTitle("Tỉnh Mẫu", 2024)
                .header("STT", "Tên cơ quan, đơn vị", "Chỉ số CCHC (%)", "Xếp loại", "Xếp hạng")
                .row(1, "Sở Nội vụ", new Annex.Percent(0.8912), "Tốt", 1)
                .save(input.resolve("scores/percent.xlsx"));

        assertEquals(longForm("""
                province,year,unit,index,code,score
                Tỉnh Mẫu,2024,X-NV,PAR,TOTAL,89.12
                Tỉnh Mẫu,2024,X-NV,PAR,RANK,1
                """), facts(file));
    }

    @Test
    void groupRowsOfDepartmentsAndDistricts_readEachUnitAgainstItsTiersMethodology() throws Exception {
        Path units = input.resolve("reference/units.csv");
        TestInputs.write(units, TestInputs.read(units) + "X-AB,Tỉnh Mẫu,district,UBND huyện An Bình,An Bình,HUYEN,,2023,,\n");
        Path methodology = input.resolve("reference/methodology.csv");
        TestInputs.write(methodology, TestInputs.read(methodology)
                + "Tỉnh Mẫu,district,2024,PAR,1,,Công tác chỉ đạo điều hành,12,assessed,\n"
                + "Tỉnh Mẫu,district,2024,PAR,2,,Điều tra xã hội học,88,survey,\n");
        Annex annex = Annex.xlsx(4).standardTitle("Tỉnh Mẫu", 2024)
                .header("STT", "Tên cơ quan, đơn vị", "Công tác chỉ đạo điều hành", "Điều tra xã hội học")
                .group("I. CÁC SỞ, BAN, NGÀNH").row(1, "Sở Nội vụ", 9.5, 60.5)
                .group("II. UBND CÁC HUYỆN, THÀNH PHỐ").row(1, "UBND huyện An Bình", "11,5", 80);
        Path file = annex.save(input.resolve("scores/PL01-PL02.xlsx"));

        assertEquals(longForm("""
                province,year,unit,index,code,score
                Tỉnh Mẫu,2024,X-NV,PAR,1,9.5
                Tỉnh Mẫu,2024,X-NV,PAR,4,60.5
                Tỉnh Mẫu,2024,X-AB,PAR,1,11.5
                Tỉnh Mẫu,2024,X-AB,PAR,2,80
                """), facts(file));
        assertTrue(Validation.report(input, List.of(file)).readings().get(0).description().get(0)
                .contains("2 unit row(s) (1 department, 1 district)"));
    }

    @Test
    void unitNames_matchThroughAliasesWhateverTheirCaseOrSpacing() throws Exception {
        Path file = Annex.xlsx(6).standardTitle("Tỉnh Mẫu", 2024)
                .header("STT", "Tên cơ quan, đơn vị", "Công tác chỉ đạo điều hành", "Cải cách thể chế",
                        "Tài chính công", "Điều tra xã hội học")
                .row(1, "  SỞ   TƯ  PHÁP ", 9, 8, 10, 61)
                .row(2, "snv", 1, 1, 1, 1)
                .row(3, "sở khoa học  VÀ công nghệ (sau hợp nhất)", 2, 2, 2, 2)
                .save(input.resolve("scores/names.xlsx"));

        Set<String> units = new TreeSet<>();
        facts(file).forEach(fact -> units.add(fact.split(" ")[2]));

        assertEquals(Set.of("X-TP", "X-NV", "X-KHCN2"), units);
    }

    @Test
    void anUnknownUnitName_isAnErrorAtItsExcelRowThatSuggestsTheClosestNames() throws Exception {
        Annex annex = Annex.xlsx(6).standardTitle("Tỉnh Mẫu", 2024)
                .header("STT", "Tên cơ quan, đơn vị", "Công tác chỉ đạo điều hành", "Cải cách thể chế",
                        "Tài chính công", "Điều tra xã hội học");
        int excelRow = annex.nextExcelRow();
        Path file = annex.row(1, "Sở Nội vu̇ tỉnh", 9, 8, 10, 61).save(input.resolve("scores/unknown.xlsx"));

        List<Issue> unknown = errors(file).stream().filter(issue -> issue.rule().equals("unknown_unit")).toList();

        assertEquals(4, unknown.size(), unknown.toString());
        assertEquals(excelRow, unknown.get(0).line());
        assertEquals("B (Tên cơ quan, đơn vị)", unknown.get(0).column());
        assertTrue(unknown.get(0).message().contains("closest known: Sở Nội vụ"), unknown.get(0).message());
    }

    @Test
    void aBracketedMaximumThatDiffersFromTheMethodology_isAnError() throws Exception {
        Path file = Annex.xlsx(4).standardTitle("Tỉnh Mẫu", 2024)
                .header("STT", "Tên cơ quan, đơn vị", "Cải cách thể chế (16,5 điểm)", "Tài chính công (11)")
                .row(1, "Sở Nội vụ", 9, 10)
                .save(input.resolve("scores/maximum.xlsx"));

        Issue issue = single(errors(file), "maximum_differs");

        assertEquals(4, issue.line());
        assertTrue(issue.message().contains("C (Cải cách thể chế (16,5 điểm)) gives the maximum 16.50")
                && issue.message().contains("maximum 9.00"), issue.message());
    }

    @Test
    void aColumnNamedLikeNoDomain_isAnError() throws Exception {
        Path file = Annex.xlsx(4).standardTitle("Tỉnh Mẫu", 2024)
                .header("STT", "Tên cơ quan, đơn vị", "Cải cách tổ chức bộ máy", "Tài chính công")
                .row(1, "Sở Nội vụ", 9, 10)
                .save(input.resolve("scores/domain.xlsx"));

        Issue issue = single(errors(file), "unknown_domain_column");

        assertTrue(issue.message().startsWith("column C (Cải cách tổ chức bộ máy) matches no domain"), issue.message());
        assertTrue(issue.message().contains("3 Tài chính công"), issue.message());
    }

    @Test
    void provinceAndYear_comeFromTheFileNameWhenTheTitleDoesNotSayThem() throws Exception {
        Path file = Annex.xlsx(3).title("BẢNG TỔNG HỢP KẾT QUẢ")
                .header("STT", "Tên cơ quan, đơn vị", "Chỉ số CCHC")
                .row(1, "Sở Nội vụ", 88.5)
                .save(input.resolve("scores/PL01_TinhMau_2024.xlsx"));

        assertEquals(longForm("""
                province,year,unit,index,code,score
                Tỉnh Mẫu,2024,X-NV,PAR,TOTAL,88.5
                """), facts(file));
        Validation.Report report = Validation.report(input, List.of(file));
        assertTrue(report.readings().get(0).description().get(0)
                .contains("province Tỉnh Mẫu (from the file name), year 2024 (from the file name)"),
                report.readings().toString());
    }

    @Test
    void whenNeitherTitleNorFileNameSaysTheYear_theFileIsRejectedWithThatReason() throws Exception {
        Path file = Annex.xlsx(3).title("ỦY BAN NHÂN DÂN TỈNH MẪU")
                .header("STT", "Tên cơ quan, đơn vị", "Chỉ số CCHC")
                .row(1, "Sở Nội vụ", 88.5)
                .save(input.resolve("scores/ket-qua.xlsx"));

        Issue issue = single(errors(file), "no_province_or_year");

        assertTrue(issue.message().startsWith("neither the title nor the file name says the year"), issue.message());
    }

    @Test
    void tongDiem_isTheTotalOnlyWhenItIsTheOnlyTotalAndTheMaximaSumTo100() throws Exception {
        Path file = Annex.xlsx(7).standardTitle("Tỉnh Mẫu", 2024)
                .header("STT", "Tên cơ quan, đơn vị", "Công tác chỉ đạo điều hành", "Cải cách thể chế",
                        "Tài chính công", "Điều tra xã hội học", "Tổng điểm")
                .row(1, "Sở Nội vụ", 9.5, 9, 10, 60.5, 89)
                .save(input.resolve("scores/tong-diem.xlsx"));

        assertTrue(facts(file).contains("department 2024 X-NV PAR TOTAL=89.00"));
    }

    @Test
    void aSheetWithoutARankingTable_isRejected() throws Exception {
        Path file = Annex.xlsx(2).title("ỦY BAN NHÂN DÂN TỈNH MẪU").header("Nội dung", "Ghi chú")
                .save(input.resolve("scores/empty-2024.xlsx"));

        single(errors(file), "no_table_found");
    }

    @Test
    void validate_describesHowTheWorkbookWasRead() throws Exception {
        Path file = publishedAnnex(Annex.xlsx(WIDTH)).save(input.resolve("scores/PL01.xlsx"));

        String description = String.join("\n", Validation.report(input, List.of(file)).readings().get(0)
                .description());

        assertTrue(description.contains("province Tỉnh Mẫu (from the title), year 2024 (from the title), index PAR;"
                + " header at row 5–6, body from row 8; 3 unit row(s) (3 department)"), description);
        assertTrue(description.contains("C 'I. Công tác chỉ đạo điều hành (10)' = domain 1")
                && description.contains("G 'Tổng điểm' = sum of points (not used)")
                && description.contains("H 'Chỉ số CCHC (%)' = TOTAL") && description.contains("I 'Xếp thứ' = RANK"),
                description);
    }
}
