package vn.parindex.dashboard.web;

import java.util.ArrayList;
import java.util.List;

/** Years as a planner reads them: runs of consecutive years joined, gaps shown ("2012–2013, 2016–2021, 2025"). */
public final class YearRanges {
    private YearRanges() {
    }

    /** @param years ascending, without repeats */
    public static String of(List<Integer> years) {
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= years.size(); i++) {
            if (i == years.size() || years.get(i) != years.get(i - 1) + 1) {
                int first = years.get(start);
                int last = years.get(i - 1);
                runs.add(first == last ? "" + first : first + "–" + last);
                start = i;
            }
        }
        return String.join(", ", runs);
    }
}
