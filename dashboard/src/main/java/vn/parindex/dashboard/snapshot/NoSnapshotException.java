package vn.parindex.dashboard.snapshot;

/** The warehouse has no loadable snapshot yet (no run has published one). */
public final class NoSnapshotException extends RuntimeException {
    public NoSnapshotException(String message) {
        super(message);
    }
}
