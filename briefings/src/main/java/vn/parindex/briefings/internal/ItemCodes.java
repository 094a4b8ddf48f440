package vn.parindex.briefings.internal;

import java.util.Comparator;

/** Methodology codes in reading order: segment by segment as numbers, so 1.2 comes before 1.10; TOTAL first. */
public final class ItemCodes {
    public static final String TOTAL = "TOTAL";
    public static final Comparator<String> ORDER = ItemCodes::compare;

    private ItemCodes() {
    }

    private static int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.equals(TOTAL) || b.equals(TOTAL)) {
            return a.equals(TOTAL) ? -1 : 1;
        }
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = compareSegment(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareSegment(String a, String b) {
        boolean numbers = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)
                && !a.isEmpty() && !b.isEmpty() && a.length() < 10 && b.length() < 10;
        return numbers ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
    }
}
