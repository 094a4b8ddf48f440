package vn.parindex.dashboard.chart;

/**
 * A category or series key of a chart dataset. JFreeChart merges equal keys and draws a key's
 * {@code toString()}, so the key is ordered by position and keeps two units apart even when their labels are
 * equal (or become equal once cut).
 */
record LabelKey(int position, String label) implements Comparable<LabelKey> {
    @Override
    public int compareTo(LabelKey other) {
        return Integer.compare(position, other.position);
    }

    @Override
    public String toString() {
        return label;
    }
}
