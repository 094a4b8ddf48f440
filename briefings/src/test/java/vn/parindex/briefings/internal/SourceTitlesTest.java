package vn.parindex.briefings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The bundled data's kinds of source, cited as a province would: a title, a site, or nothing. */
class SourceTitlesTest {
    @Test
    void ourFilesWordsAndArithmeticGo() {
        assertEquals("KH/STTTT Lào Cai 2023 (kết quả 2022)",
                SourceTitles.citation("seed 000: KH/STTTT Lào Cai 2023 (kết quả 2022)"));
        assertEquals("KH/STTTT Lào Cai 2023 (kết quả 2022)",
                SourceTitles.citation("DERIVED from seed 000: KH/STTTT Lào Cai 2023 (kết quả 2022): 87.13 + 4.67"));
        assertEquals("QĐ 456/QĐ-UBND ngày 01/3/2023", SourceTitles.citation(" QĐ 456/QĐ-UBND ngày 01/3/2023 "));
    }

    @Test
    void aWebPageIsCitedByItsSite() {
        assertEquals("tin đăng trên laocai.gov.vn", SourceTitles.citation("DERIVED from https://www.laocai.gov.vn/"
                + "news-events-en/lao-cai-increased-6-levels: rank 17 + 6"));
        assertEquals("tin đăng trên huggingface.co",
                SourceTitles.citation("THIRD-PARTY compiled dataset https://huggingface.co/datasets/letrinhan/vn-par-master"));
    }

    @Test
    void ourGeneratorAndBlanksAreNoDocument() {
        assertNull(SourceTitles.citation("parindex generator (số liệu minh họa)"));
        assertNull(SourceTitles.citation("  "));
        assertNull(SourceTitles.citation(null));
    }
}
