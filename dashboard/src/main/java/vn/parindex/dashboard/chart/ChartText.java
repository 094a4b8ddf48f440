package vn.parindex.dashboard.chart;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.Normalizer;
import java.util.Locale;
import vn.parindex.marts.HiddenCharacters;

/** Turns caller text and numbers into what a chart draws. */
final class ChartText {
    /** Shown in place of a plot when there is nothing to draw. */
    static final String NO_DATA = "Không có dữ liệu";

    /** Longer category and series labels are cut: a unit's full name can take more than half a chart. */
    static final int MAX_LABEL_LENGTH = 48;
    private static final String ELLIPSIS = "…";

    /** Vietnamese readers write 87,13; the dashboard's audience is Vietnamese. */
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private ChartText() {
    }

    /**
     * NFC form of the text ("" for null): decomposed input (ă as a + U+0306) would otherwise be drawn as
     * separate base letters and marks, and render differently from the same text precomposed. Bidi controls are
     * dropped, as from every displayed text: a right-to-left override would reorder the label.
     */
    static String text(String raw) {
        return raw == null ? ""
                : HiddenCharacters.withoutBidiControls(Normalizer.normalize(raw, Normalizer.Form.NFC)).strip();
    }

    /** {@link #text} cut to {@link #MAX_LABEL_LENGTH} characters, ending in "…" when cut. */
    static String label(String raw) {
        String text = text(raw);
        if (text.codePointCount(0, text.length()) <= MAX_LABEL_LENGTH) {
            return text;
        }
        int end = text.offsetByCodePoints(0, MAX_LABEL_LENGTH - 1);
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * A new (not thread-safe) format for value labels: two decimals rounded half up, like the published
     * extracts, with Vietnamese separators.
     */
    static NumberFormat twoDecimals() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(VIETNAMESE));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
