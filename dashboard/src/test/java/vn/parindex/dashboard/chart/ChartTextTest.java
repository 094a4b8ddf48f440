package vn.parindex.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class ChartTextTest {
    private static final String LONG_NAME = "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn và các khu công nghiệp";

    @Test
    void textIsNfcAndStripped() {
        String decomposed = Normalizer.normalize("  Sở Tư pháp ", Normalizer.Form.NFD);

        assertEquals("Sở Tư pháp", ChartText.text(decomposed));
        assertEquals("", ChartText.text(null));
    }

    @Test
    void bidiControlsAreDroppedFromEveryLabel() {
        assertEquals("Sở Tư pháp (mới)", ChartText.text("Sở \u202ETư pháp\u202C \u2067(mới)\u2069"));
        assertEquals("abc", ChartText.label("a\u200Eb\u200F\u061Cc"));
    }

    @Test
    void longLabelsAreCutWithAnEllipsis() {
        String label = ChartText.label(LONG_NAME);

        assertEquals(ChartText.MAX_LABEL_LENGTH, label.length());
        assertTrue(label.endsWith("…"));
        assertTrue(LONG_NAME.startsWith(label.substring(0, label.length() - 1)));
    }

    @Test
    void labelsAreCountedAfterComposing() {
        String name = "Sở Văn hóa, Thể thao và Du lịch";
        assertTrue(Normalizer.normalize(name, Normalizer.Form.NFD).length() > name.length());

        assertEquals(name, ChartText.label(Normalizer.normalize(name, Normalizer.Form.NFD)));
    }

    @Test
    void valuesHaveTwoDecimalsWithAVietnameseDecimalComma() {
        assertEquals("87,13", ChartText.twoDecimals().format(87.125));
        assertEquals("1.234,50", ChartText.twoDecimals().format(1234.5));
    }
}
