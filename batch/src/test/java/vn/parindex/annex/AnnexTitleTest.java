package vn.parindex.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.Tier;

/** Province, year and index from title rows; tiers from group rows. */
class AnnexTitleTest {
    private static final List<String> PROVINCES = List.of("Tỉnh Mẫu", "Thành phố Hải Phòng", "Việt Nam");

    @Test
    void theYearScored_isTheTitlesNotTheDecisionsDate() {
        AnnexTitle title = AnnexTitle.of(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "ỦY BAN NHÂN DÂN TỈNH MẪU", "(Kèm theo Quyết định số 12/QĐ-UBND ngày 3 tháng 4 năm 2024)",
                "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023"), "PL01.xlsx", PROVINCES);

        assertEquals(new AnnexTitle("Tỉnh Mẫu", 2023, ScoreIndex.PAR, "title", "title", "QĐ 12/QĐ-UBND"), title);
    }

    @Test
    void aCityAndASipasTitle_areRecognised() {
        AnnexTitle title = AnnexTitle.of(List.of("UBND THÀNH PHỐ HẢI PHÒNG",
                "KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG (SIPAS) NĂM 2022"), "x.xlsx", PROVINCES);

        assertEquals("Thành phố Hải Phòng", title.province());
        assertEquals(ScoreIndex.SIPAS, title.index());
    }

    @Test
    void groupRows_setTheTier() {
        assertEquals(Tier.DEPARTMENT, GroupRows.tier("I. CÁC SỞ, BAN, NGÀNH").orElseThrow());
        assertEquals(Tier.DISTRICT, GroupRows.tier("II. UBND CÁC HUYỆN, THÀNH PHỐ").orElseThrow());
        assertEquals(Tier.COMMUNE, GroupRows.tier("III. UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN").orElseThrow());
        assertEquals(true, GroupRows.tier("Người lập biểu").isEmpty());
    }

    @Test
    void domainHeaders_loseNumberingBracketsAndLineBreaks() {
        assertEquals("công tác chỉ đạo điều hành", HeaderColumns.domainKey("I. CÔNG TÁC CHỈ ĐẠO\nĐIỀU HÀNH (12)"));
        assertEquals(16.5, HeaderColumns.bracketMaximum("Cải cách thể chế\n(16,5 điểm)"));
        assertEquals(null, HeaderColumns.bracketMaximum("Chỉ số CCHC (%)"));
    }
}
