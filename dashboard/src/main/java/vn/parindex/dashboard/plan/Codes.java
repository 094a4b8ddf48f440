package vn.parindex.dashboard.plan;

import java.util.Comparator;

/** Methodology codes in their natural order: 1.2 before 1.10, a blank (the plan as a whole) first. */
final class Codes {
    static final Comparator<String> ORDER = Codes::compare;

    private Codes() {
    }

    static int compare(String a, String b) {
        String[] left = a == null || a.isBlank() ? new String[0] : a.split("\\.");
        String[] right = b == null || b.isBlank() ? new String[0] : b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = part(left[i]) != null && part(right[i]) != null ? Integer.compare(part(left[i]), part(right[i]))
                    : left[i].compareTo(right[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static Integer part(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
