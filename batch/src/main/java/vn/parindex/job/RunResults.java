package vn.parindex.job;

import java.util.ArrayList;
import java.util.List;
import vn.parindex.compute.ComputationResult;
import vn.parindex.ingest.IngestResult;
import vn.parindex.plans.PlanReading;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceData;

/**
 * What the steps of one run hand each other in memory because it cannot be persisted: the reference data, the staged
 * files, the plan tasks, the Spark datasets of the computation and the problems found. Everything else a step hands
 * on (the fingerprint, the snapshot being built, the row counts) travels in the job's ExecutionContext under
 * {@link RunKeys}, and the run's request in its job parameters. The job runs one execution at a time (the warehouse
 * lock sees to it), so one holder, emptied before each job, is enough.
 */
public class RunResults {
    private ReferenceData reference;
    private IngestResult ingest;
    private PlanReading plans = PlanReading.NONE;
    private ComputationResult computation;
    private final List<Issue> issues = new ArrayList<>();

    public synchronized void reset() {
        reference = null;
        ingest = null;
        plans = PlanReading.NONE;
        computation = null;
        issues.clear();
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

    /** Score and plan files quarantined, in that order (none before the settle step). */
    public List<String> quarantinedFiles() {
        List<String> files = new ArrayList<>(ingest == null ? List.of() : ingest.quarantinedFiles());
        files.addAll(plans.quarantinedFiles());
        return files;
    }

    public ComputationResult computation() {
        return computation;
    }

    public void computation(ComputationResult value) {
        computation = value;
    }

    /** Every step's problems, added as they are found (briefings and extracts only read them). */
    public List<Issue> issues() {
        return issues;
    }
}
