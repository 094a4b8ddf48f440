package vn.parindex.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.compute.ComputationResult;
import vn.parindex.ingest.IngestResult;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceData;

/**
 * What the steps of one run hand each other. The job runs one execution at a time (the warehouse lock sees to it),
 * so one holder, reset before each job, is enough.
 */
public class RunState {
    private RunRequest request;
    private String fingerprint;
    private boolean unchanged;
    private ReferenceData reference;
    private IngestResult ingest;
    private String snapshotId;
    private Path snapshotDir;
    private ComputationResult computation;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<String, Long> rowCounts = new LinkedHashMap<>();

    public synchronized void reset(RunRequest newRequest) {
        request = newRequest;
        fingerprint = null;
        unchanged = false;
        reference = null;
        ingest = null;
        snapshotId = null;
        snapshotDir = null;
        computation = null;
        issues.clear();
        rowCounts.clear();
    }

    public RunRequest request() {
        return request;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public void fingerprint(String value) {
        fingerprint = value;
    }

    public boolean unchanged() {
        return unchanged;
    }

    public void unchanged(boolean value) {
        unchanged = value;
    }

    public ReferenceData reference() {
        return reference;
    }

    public void reference(ReferenceData value) {
        reference = value;
    }

    public IngestResult ingest() {
        return ingest;
    }

    public void ingest(IngestResult value) {
        ingest = value;
    }

    public String snapshotId() {
        return snapshotId;
    }

    public Path snapshotDir() {
        return snapshotDir;
    }

    public void snapshot(String id, Path dir) {
        snapshotId = id;
        snapshotDir = dir;
    }

    public ComputationResult computation() {
        return computation;
    }

    public void computation(ComputationResult value) {
        computation = value;
    }

    public List<Issue> issues() {
        return issues;
    }

    public Map<String, Long> rowCounts() {
        return rowCounts;
    }
}
