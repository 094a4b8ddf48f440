package vn.parindex.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.compute.ComputationResult;
import vn.parindex.ingest.IngestResult;
import vn.parindex.plans.PlanReading;
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
    private PlanReading plans = PlanReading.NONE;
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
        plans = PlanReading.NONE;
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

    public PlanReading plans() {
        return plans;
    }

    public void plans(PlanReading value) {
        plans = value;
    }

    /** Score and plan files used, in that order. */
    public List<String> acceptedFiles() {
        List<String> files = new ArrayList<>(ingest.acceptedFiles());
        files.addAll(plans.acceptedFiles());
        return files;
    }

    /** Score and plan files quarantined, in that order. */
    public List<String> quarantinedFiles() {
        List<String> files = new ArrayList<>(ingest.quarantinedFiles());
        files.addAll(plans.quarantinedFiles());
        return files;
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
