package vn.parindex.sampledata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * PAPI keeps its own points scale (contract 1.3): for each published PAPI TOTAL (out of the tree's 80), the
 * dimensions that were not published are filled so that the 8 add up to it exactly, in thousandths.
 */
final class PapiScores {
    /** Typical dimension scores of the northern mountain provinces, the starting point of each draw. */
    private static final double[] TYPICAL = {5.1, 5.4, 4.4, 6.7, 7.3, 7.3, 3.4, 3.9};
    private static final String FILE = ScoreFiles.SYNTHETIC + "/national/papi.csv";

    private final Methodology methodology;
    private final ScoreBook book;

    PapiScores(Methodology methodology, ScoreBook book) {
        this.methodology = methodology;
        this.book = book;
    }

    void write() {
        List<Score> totals = book.rows().stream()
                .filter(s -> !s.isSynthetic() && s.index().equals("PAPI") && s.code().equals("TOTAL")).toList();
        for (Score t : totals) {
            fill(t);
        }
    }

    private void fill(Score total) {
        String province = total.province();
        int year = total.year();
        List<Item> dimensions = methodology.tree(province, "province", year, "PAPI").stream().filter(Item::levelOne)
                .toList();
        double scale = dimensions.stream().mapToDouble(Item::max).sum();
        long wanted = Math.round(Double.parseDouble(total.score()) * 1000);
        long known = 0;
        List<Integer> missing = new ArrayList<>();
        for (int d = 1; d <= dimensions.size(); d++) {
            String real = book.realValue(province, year, total.unitId(), "PAPI", String.valueOf(d));
            if (real != null) {
                known += Math.round(Double.parseDouble(real) * 1000);
            } else {
                missing.add(d);
            }
        }
        Random r = Seeds.rng("papi", total.unitId(), year);
        double[] raw = new double[missing.size()];
        double rawSum = 0;
        for (int i = 0; i < raw.length; i++) {
            raw[i] = TYPICAL[missing.get(i) - 1] + r.nextGaussian() * 0.25;
            rawSum += raw[i];
        }
        long remaining = wanted - known;
        long written = 0;
        String note = Score.SYNTHETIC_SOURCE + ": phần còn lại của tổng công bố " + total.score() + "/"
                + Decimals.trim(scale) + " chia cho các chỉ số nội dung chưa công bố";
        for (int i = 0; i < raw.length; i++) {
            long thousandths = i == raw.length - 1 ? remaining - written : Math.round(raw[i] / rawSum * remaining);
            written += thousandths;
            book.add(Score.synthetic(FILE, province, year, total.unitId(), "PAPI", String.valueOf(missing.get(i)),
                    BigDecimal.valueOf(thousandths, 3).stripTrailingZeros().toPlainString(), "", note));
        }
    }
}
