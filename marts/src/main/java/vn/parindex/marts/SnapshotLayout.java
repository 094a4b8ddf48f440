package vn.parindex.marts;

import java.nio.file.Path;

/**
 * Where things are in a warehouse (contract section 4): {@code current} links to {@code snapshots/<id>/}, which holds
 * manifest.json, marts/&lt;name&gt;/, extracts/&lt;name&gt;.csv, briefings/ and staged/scores (the carried-over input).
 */
public final class SnapshotLayout {
    public static final String CURRENT = "current";
    public static final String SNAPSHOTS = "snapshots";
    public static final String MANIFEST = "manifest.json";
    public static final String MARTS = "marts";
    public static final String EXTRACTS = "extracts";
    public static final String BRIEFINGS = "briefings";
    public static final String STAGED_SCORES = "staged/scores";
    /** The extract that is no mart: the run's problems. */
    public static final String QUALITY_ISSUES = "quality_issues";

    private SnapshotLayout() {
    }

    public static Path current(Path warehouse) {
        return warehouse.resolve(CURRENT);
    }

    public static Path snapshots(Path warehouse) {
        return warehouse.resolve(SNAPSHOTS);
    }

    public static Path manifest(Path snapshot) {
        return snapshot.resolve(MANIFEST);
    }

    public static Path mart(Path snapshot, String name) {
        return snapshot.resolve(MARTS).resolve(name);
    }

    public static Path extracts(Path snapshot) {
        return snapshot.resolve(EXTRACTS);
    }

    public static Path extract(Path snapshot, String name) {
        return extracts(snapshot).resolve(name + ".csv");
    }

    public static Path briefings(Path snapshot) {
        return snapshot.resolve(BRIEFINGS);
    }

    public static Path stagedScores(Path snapshot) {
        return snapshot.resolve(STAGED_SCORES);
    }
}
