package vn.parindex.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;
import vn.parindex.marts.Manifest;
import vn.parindex.publish.Warehouse;

/**
 * A run stopped by SIGTERM (the launcher forwards its own), SIGINT or SIGHUP says so, in one line, instead of ending in
 * whatever the half-stopped Spark context threw ("SparkContext has been shutdown"): the signal, the step it came
 * during, and what `current` is (kept: nothing of the run is visible). The process then exits with 1, the contract's
 * code for a run that did not complete (a scheduler idle between runs exits with 0); the shutdown hooks stop Spark
 * and close the job repository, and the next run marks the cut-off execution failed and removes the half-written
 * snapshot, as after a kill -9. Logging is switched off first: what the threads cut off by the stop throw meanwhile
 * is a consequence of the stop, not a failure to report.
 */
public final class StopSignals {
    private static final List<String> SIGNALS = List.of("TERM", "INT", "HUP");
    /** How long a switch of `current` that is under way may take to finish before the stop goes on anyway. */
    private static final long SWITCH_WAIT_SECONDS = 10;

    private static final AtomicReference<String> RECEIVED = new AtomicReference<>();
    /** The steps running now (briefings and extracts run side by side); empty outside a job. */
    private static final Set<String> RUNNING = new LinkedHashSet<>();
    private static volatile boolean inJob;
    private static volatile boolean jobDone;

    private StopSignals() {
    }

    /**
     * From now on a signal stops the process with a line on {@code out}. {@code command} prefixes it ("parindex",
     * "parindex schedule"); {@code before} and {@code after} say when a signal outside a job came ("before the job
     * started", "after the job ended"); {@code idleExitCode} is the exit code then.
     */
    public static void install(Path warehouse, PrintStream out, String command, String before, String after,
                               int idleExitCode) {
        Optional<String> current = new Warehouse(warehouse).currentManifest().map(Manifest::id);
        for (String name : SIGNALS) {
            try {
                Signal.handle(new Signal(name), signal -> stop("SIG" + signal.getName(), warehouse, current, out,
                        command, jobDone ? after : before, idleExitCode));
            } catch (IllegalArgumentException unavailable) { // e.g. a JVM started with -Xrs keeps its own
                // the JVM's default stays: the run ends without the line
            }
        }
    }

    /** Whether a signal is stopping the process: then nothing else is printed. */
    public static boolean stopping() {
        return RECEIVED.get() != null;
    }

    static void jobStarted() {
        inJob = true;
    }

    static void jobEnded() {
        inJob = false;
        jobDone = true;
        synchronized (RUNNING) {
            RUNNING.clear();
        }
    }

    static void stepStarted(String stepName) {
        synchronized (RUNNING) {
            RUNNING.add(stage(stepName));
        }
    }

    static void stepEnded(String stepName) {
        synchronized (RUNNING) {
            RUNNING.remove(stage(stepName));
        }
    }

    /** The ingest step's workers ("ingestFiles:partition1") are the ingest stage. */
    static String stage(String stepName) {
        return stepName.startsWith("ingest") ? "ingest" : stepName;
    }

    private static void stop(String signal, Path warehouse, Optional<String> before, PrintStream out, String command,
                             String between, int idleExitCode) {
        if (!RECEIVED.compareAndSet(null, signal)) {
            return; // the launcher forwards the signal the process group already got: one stop, one line
        }
        // what the threads cut off by the stop throw from now on ("SparkContext has been shutdown") is no failure
        org.apache.logging.log4j.core.config.Configurator.setAllLevels(
                org.apache.logging.log4j.LogManager.ROOT_LOGGER_NAME, org.apache.logging.log4j.Level.OFF);
        boolean running = inJob;
        String during;
        synchronized (RUNNING) {
            List<String> steps = new ArrayList<>(RUNNING);
            during = steps.isEmpty() ? (running ? "the job" : between) : "during " + String.join(" and ", steps);
        }
        try { // a switch under way finishes; none starts after this line is written
            Warehouse.SWITCHING.tryLock(SWITCH_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Optional<String> now = new Warehouse(warehouse).currentManifest().map(Manifest::id);
        String state;
        if (now.isEmpty()) {
            state = "nothing published, no snapshot yet";
        } else if (now.equals(before)) {
            state = "nothing published, current still " + now.get();
        } else {
            state = "snapshot " + now.get() + " had been published, current points at it";
        }
        out.println(command + ": stopped by a signal (" + signal + ") " + during + "; " + state);
        out.flush();
        Runtime.getRuntime().exit(running || !now.equals(before) ? RunOutcome.FAILED : idleExitCode);
    }
}
