package vn.parindex.sampledata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every score row made so far, in the order it was made (the order of the rows within each file), with the
 * real figures (any non-synthetic row) at hand by key for the model to fit.
 */
final class ScoreBook {
    private final List<Score> rows = new ArrayList<>();
    private final Map<String, List<Score>> byTable = new HashMap<>();
    private final Map<String, String> realValues = new HashMap<>();

    void add(Score s) {
        rows.add(s);
        byTable.computeIfAbsent(tableKey(s.province(), s.year(), s.index()), k -> new ArrayList<>()).add(s);
        if (!s.isSynthetic()) {
            realValues.putIfAbsent(key(s.province(), s.year(), s.unitId(), s.index(), s.code()), s.score());
        }
    }

    List<Score> rows() {
        return rows;
    }

    /** The rows of a province, year and index, in the order they were made. */
    List<Score> rows(String province, int year, String index) {
        return byTable.getOrDefault(tableKey(province, year, index), List.of());
    }

    /** The real (published, derived or third-party) value of a key, or null. */
    String realValue(String province, int year, String unitId, String index, String code) {
        return realValues.get(key(province, year, unitId, index, code));
    }

    private static String tableKey(String province, int year, String index) {
        return province + "|" + year + "|" + index;
    }

    private static String key(String province, int year, String unitId, String index, String code) {
        return province + "|" + year + "|" + unitId + "|" + index + "|" + code;
    }
}
