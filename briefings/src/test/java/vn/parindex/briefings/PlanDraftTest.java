package vn.parindex.briefings;

import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.UnitYear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The draft plan opened back with POI: the unit, its losses, its tasks, the seeds' structure, A4, Times New Roman. */
class PlanDraftTest {
    private static XWPFDocument formula;
    private static String formulaText;

    static XWPFDocument write(BriefingData data, UnitYear unitYear) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Briefings.writePlanDraft(data, unitYear, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The document's text; the extractor is not closed, as closing it would close the document. */
    @SuppressWarnings("resource")
    static String text(XWPFDocument document) {
        return new XWPFWordExtractor(document).getText();
    }

    @BeforeAll
    static void write() throws Exception {
        formula = write(PlanFixture.data(), PlanFixture.FORMULA_2024);
        formulaText = text(formula);
    }

    /** The last table: the task table of Phụ lục 3. */
    private static XWPFTable taskTable(XWPFDocument document) {
        return document.getTables().get(document.getTables().size() - 1);
    }

    private static List<String> column(XWPFTable table, int column) {
        List<String> values = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            values.add(row.getTableCells().size() > column ? row.getCell(column).getText() : null);
        }
        return values;
    }

    @Test
    void theSeedsStructureInVietnamese() {
        for (String part : List.of("KẾ HOẠCH", "Duy trì, cải thiện và nâng cao Chỉ số CCHC năm 2025",
                "Căn cứ kết quả công bố Chỉ số CCHC năm 2024", "I. MỤC ĐÍCH, YÊU CẦU", "II. KẾT QUẢ NĂM 2024",
                "III. CHỈ TIÊU NĂM 2025", "IV. NHIỆM VỤ, GIẢI PHÁP", "V. TỔ CHỨC THỰC HIỆN", "Phụ lục 1",
                "CÁC TIÊU CHÍ ĐẠT ĐIỂM TỐI ĐA NĂM 2024 CẦN DUY TRÌ NĂM 2025", "Phụ lục 2", "Phụ lục 3",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DỰ THẢO")) {
            assertTrue(formulaText.contains(part), part);
        }
    }

    @Test
    void theUnitItsResultRankAndChange() {
        assertTrue(formulaText.contains(Fixture.FORMULA_NAME + " đạt 80,25/100 điểm, xếp thứ 2/3 sở, ban, ngành"),
                formulaText);
        assertTrue(formulaText.contains("số điểm chưa đạt là 19,75"), formulaText);
        assertTrue(formulaText.contains("chỉ số giảm 5,75 điểm (năm 2023: 86,00); giảm 1 bậc"), formulaText);
    }

    @Test
    void criteriaAtFullMarksToKeepAndThoseThatLostPoints() {
        XWPFTable kept = formula.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText()
                .equals("Lĩnh vực/Tiêu chí/Tiêu chí thành phần") && t.getRow(0).getTableCells().size() == 5)
                .findFirst().orElseThrow();
        assertTrue(column(kept, 1).contains("1.1. Kế hoạch CCHC"), column(kept, 1).toString());
        XWPFTable lost = formula.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() == 7)
                .findFirst().orElseThrow();
        List<String> names = column(lost, 1);
        assertTrue(names.contains("1.2. Báo cáo CCHC"), names.toString());
        assertTrue(names.contains("2. Cải cách thủ tục hành chính (Điều tra XHH)"), names.toString());
        XWPFTableRow report = lost.getRows().stream().filter(r -> r.getCell(1).getText().startsWith("1.2."))
                .findFirst().orElseThrow();
        assertEquals("6,00", report.getCell(2).getText());
        assertEquals("4,00", report.getCell(3).getText());
        assertEquals("2,00", report.getCell(4).getText());
        assertTrue(report.getCell(6).getText().contains(PlanFixture.PLAIN_TASK), "the task planned for 1.2");
        XWPFTableRow survey = lost.getRows().stream().filter(r -> r.getCell(1).getText().startsWith("2."))
                .findFirst().orElseThrow();
        assertEquals("Đạt điểm tối đa", survey.getCell(5).getText(), "the plan's 2025 target on item 2");
        assertTrue(formulaText.contains("Tổng điểm chưa đạt: 6,00 điểm tiêu chí, trong đó 4,00 điểm ở các tiêu chí "
                + "điều tra xã hội học"), formulaText);
    }

    @Test
    void whatTheTargetsTake() {
        XWPFTable goals = formula.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Mục tiêu"))
                .findFirst().orElseThrow();
        assertEquals(3, goals.getNumberOfRows());
        assertEquals("Vượt đơn vị xếp trên (hạng 1)", goals.getRow(1).getCell(0).getText());
        assertEquals(List.of("87,50", "7,25", "7,25", "5,00", "Chưa đủ"), goals.getRow(1).getTableCells().stream()
                .skip(1).map(XWPFTableCell::getText).toList());
        assertEquals("Xếp hạng không thấp hơn 1 — mục tiêu năm 2025", goals.getRow(2).getCell(0).getText());
    }

    @Test
    void theTaskTableByDomainPreFilledWithNextYearsTasksAndEmptyRows() {
        XWPFTable tasks = taskTable(formula);
        assertEquals(List.of("STT", "Nội dung nhiệm vụ", "Sản phẩm đầu ra", "Chủ trì", "Phối hợp",
                "Thời gian thực hiện"), tasks.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList());
        assertTrue(tasks.getRow(0).isRepeatHeader());
        List<String> content = column(tasks, 1);
        assertEquals("NHIỆM VỤ CHUNG", content.get(1));
        assertEquals(PlanFixture.GENERAL_TASK, content.get(2));
        int domain1 = content.indexOf("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC");
        assertEquals(PlanFixture.FORMULA_TASK, content.get(domain1 + 1), "a formula-like task stays text");
        assertEquals(PlanFixture.PLAIN_TASK, content.get(domain1 + 2));
        assertEquals("", content.get(domain1 + 3), "an empty row to fill in");
        int domain2 = content.indexOf("CẢI CÁCH THỦ TỤC HÀNH CHÍNH");
        assertEquals(List.of("", "", ""), content.subList(domain2 + 1, domain2 + 4), "a domain without tasks");
        XWPFTableRow first = tasks.getRow(domain1 + 1);
        assertEquals("Báo cáo quý I II", first.getCell(2).getText(), "control characters dropped, tab a space");
        assertEquals("@Văn phòng", first.getCell(3).getText());
        assertEquals("-Phòng A; +Phòng B", first.getCell(4).getText());
        assertEquals("Thường xuyên", first.getCell(5).getText());
        assertFalse(formulaText.contains("Nhiệm vụ của kế hoạch năm 2024"), "next year's plan, not this year's");
        assertTrue(formulaText.contains("Các nhiệm vụ đã điền (3) lấy từ kế hoạch năm 2025"), formulaText);
    }

    @Test
    void tasksOfAnEarlierPlanAreCarriedOverAndSaidToBe() throws Exception {
        String text = text(write(PlanFixture.data(), PlanFixture.INTERIOR_2024));
        assertTrue(text.contains(PlanFixture.OLD_TASK), text);
        assertTrue(text.contains("chép từ kế hoạch năm 2023 (chưa có kế hoạch năm 2025"), text);
    }

    @Test
    void figuresNotPublishedAreLabelled() throws Exception {
        String text = text(write(PlanFixture.data(), PlanFixture.MARKUP_2024));
        assertTrue(text.contains(Fixture.MARKUP_NAME + " đạt 80,25/100 (số liệu minh họa) điểm"), text);
        assertTrue(text.contains("lưu ý: kết quả của đơn vị là số liệu minh họa"), text);
        assertTrue(text.contains("Đơn vị chưa có nhiệm vụ trong dữ liệu"), text);
    }

    /**
     * LCI-STTTT 2022 is published but its 2021 result is derived: every figure on 2021 (the change, last year's value
     * and rank) says "suy ra"; a synthetic unit's changes say "số liệu minh họa" in the domain table too; the basis
     * cites the source's title, never our files' words.
     */
    @Test
    void figuresOnTheYearBeforeCarryTheirProvenance() throws Exception {
        String sttt = text(write(Fixture.data(), Fixture.STTTT_2022));
        assertTrue(sttt.contains("(năm 2021: 91,80 — suy ra)"), sttt);
        assertTrue(sttt.contains("năm 2021 xếp thứ 19/19 (suy ra)"), sttt);
        assertTrue(sttt.contains("Ghi chú: " + vn.parindex.marts.Provenance.DERIVED.explanation()), sttt);
        assertTrue(sttt.contains("tỉnh Lào Cai, theo " + Fixture.DECISION + ";"), sttt);
        XWPFDocument markup = write(PlanFixture.data(), PlanFixture.MARKUP_2024);
        XWPFTable domains = markup.getTables().stream()
                .filter(t -> t.getRow(0).getCell(t.getRow(0).getTableCells().size() - 1).getText()
                        .startsWith("Thay đổi so với năm 2023")).findFirst().orElseThrow();
        assertEquals("+0,50 (số liệu minh họa)", domains.getRow(1).getCell(5).getText());
        XWPFTable published = formula.getTables().stream()
                .filter(t -> t.getRow(0).getCell(t.getRow(0).getTableCells().size() - 1).getText()
                        .startsWith("Thay đổi so với năm 2023")).findFirst().orElseThrow();
        assertEquals("+0,50", published.getRow(1).getCell(5).getText(), "published on both years: no mark");
    }

    @Test
    void a4TimesNewRomanAndNothingActive() throws Exception {
        CTSectPr portrait = null;
        for (XWPFParagraph paragraph : formula.getParagraphs()) {
            if (paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetSectPr()) {
                portrait = paragraph.getCTP().getPPr().getSectPr();
            }
        }
        CTPageSz first = portrait.getPgSz();
        assertEquals(List.of(11906L, 16838L), List.of(((java.math.BigInteger) first.getW()).longValue(),
                ((java.math.BigInteger) first.getH()).longValue()), "portrait A4");
        CTPageSz last = formula.getDocument().getBody().getSectPr().getPgSz();
        assertEquals(List.of(16838L, 11906L), List.of(((java.math.BigInteger) last.getW()).longValue(),
                ((java.math.BigInteger) last.getH()).longValue()), "landscape A4 for the appendices");
        List<XWPFRun> runs = new ArrayList<>();
        formula.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        for (XWPFTable table : formula.getTables()) {
            table.getRows().forEach(row -> row.getTableCells().forEach(cell ->
                    cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
        }
        assertTrue(runs.size() > 100);
        for (XWPFRun run : runs) {
            assertEquals("Times New Roman", run.getFontFamily(), run.text());
        }
        String xml = formula.getDocument().xmlText();
        for (String active : List.of("fldSimple", "instrText", "fldChar", "hyperlink", "w:object", "altChunk")) {
            assertFalse(xml.contains(active), active);
        }
        for (PackagePart part : formula.getPackage().getParts()) {
            assertFalse(part.getContentType().contains("vbaProject") || part.getContentType().contains("macroEnabled"),
                    part.getPartName() + " " + part.getContentType());
        }
        assertEquals("Dự thảo kế hoạch cải thiện Chỉ số CCHC năm 2025 — " + Fixture.FORMULA_NAME,
                formula.getProperties().getCoreProperties().getTitle());
    }

    @Test
    void anUnknownUnitYearIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Briefings.writePlanDraft(PlanFixture.data(),
                new UnitYear("T-F", Fixture.INDEX, 2019), new ByteArrayOutputStream()));
    }
}
