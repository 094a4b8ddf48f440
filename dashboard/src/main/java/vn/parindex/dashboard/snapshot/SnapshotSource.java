package vn.parindex.dashboard.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.parindex.marts.SnapshotLayout;

/**
 * The snapshot that warehouse/current points at. Every request reads the link (one readlink call); when it changed,
 * the request that notices starts loading the new snapshot on a background thread and, like every request meanwhile,
 * is answered from the old one, which is swapped out only once the new one is fully loaded (a snapshot with a
 * million-row quality report takes seconds to scan: no request waits for it). Only the very first snapshot, when
 * there is nothing else to serve, is waited for.
 */
public final class SnapshotSource {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSource.class);
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** A snapshot folder and what identifies its version (the link text, or a plain folder's manifest time). */
    private record Target(String version, Path dir) {
    }

    private record Loaded(Target target, Snapshot snapshot) {
    }

    private final Path current;
    private final SnapshotLoader loader;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>();
    private final ReentrantLock loading = new ReentrantLock();
    /** The snapshot a background thread is loading now, if any: one load at a time. */
    private final AtomicReference<Target> inFlight = new AtomicReference<>();
    private volatile Target failedTarget;
    private volatile long failedAt;

    public SnapshotSource(Path warehouse, SnapshotLoader loader) {
        this.current = SnapshotLayout.current(warehouse);
        this.loader = loader;
    }

    /** The warehouse whose current snapshot this serves. */
    public Path warehouse() {
        return current.getParent();
    }

    /** @throws NoSnapshotException when nothing has been published yet */
    public Snapshot current() {
        Target target = target();
        Loaded now = loaded.get();
        if (target != null && (now == null || !now.target().equals(target)) && !recentlyFailed(target)) {
            if (now != null) {
                loadInBackground(target);
                return now.snapshot();
            }
            loading.lock(); // nothing to serve meanwhile: wait for the first load
            try {
                now = reloadIfStill(target);
            } finally {
                loading.unlock();
            }
        }
        if (now == null) {
            throw new NoSnapshotException("no published snapshot in " + current.getParent());
        }
        return now.snapshot();
    }

    /** Starts loading the target unless a load is under way (the next request after it ends sees any newer one). */
    private void loadInBackground(Target target) {
        if (!inFlight.compareAndSet(null, target)) {
            return;
        }
        Thread loader = new Thread(() -> {
            loading.lock();
            try {
                reloadIfStill(target);
            } finally {
                loading.unlock();
                inFlight.set(null);
            }
        }, "snapshot-loader");
        loader.setDaemon(true);
        try {
            loader.start();
        } catch (Error e) { // no thread to be had (out of memory): keep serving, try again on a later request
            inFlight.set(null);
            LOG.warn("cannot start loading snapshot {}: {}", target.dir(), e.toString());
        }
    }

    private Loaded reloadIfStill(Target target) {
        Loaded now = loaded.get();
        if (now != null && now.target().equals(target)) {
            return now;
        }
        long start = System.nanoTime();
        try {
            Snapshot snapshot = loader.load(target.dir());
            Loaded fresh = new Loaded(target, snapshot);
            loaded.set(fresh);
            LOG.info("serving snapshot {} ({} ms to load)", snapshot.id(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            return fresh;
        } catch (IOException | RuntimeException e) {
            failedTarget = target;
            failedAt = System.nanoTime();
            LOG.warn("cannot load snapshot {}: {} (still serving the previous one)", target.dir(), e.toString());
            return now;
        } catch (Error e) { // e.g. out of memory: what was half loaded is garbage now; keep serving, never retry it
            failedTarget = target;
            failedAt = Long.MAX_VALUE;
            LOG.error("cannot load snapshot {}: {} (still serving the previous one; not retried until current "
                    + "changes)", target.dir(), e.toString());
            return now;
        }
    }

    private boolean recentlyFailed(Target target) {
        return target.equals(failedTarget) && (failedAt == Long.MAX_VALUE || System.nanoTime() - failedAt < RETRY_NANOS);
    }

    /** Where current points, or null when there is none; a plain folder counts by its manifest's time. */
    private Target target() {
        try {
            Path link = Files.readSymbolicLink(current);
            return new Target(link.toString(), current.resolveSibling(link).normalize());
        } catch (NotLinkException e) {
            return folderTarget();
        } catch (IOException e) {
            return null;
        }
    }

    private Target folderTarget() {
        try {
            return new Target(Files.getLastModifiedTime(SnapshotLayout.manifest(current)).toString(), current);
        } catch (IOException e) {
            return null;
        }
    }
}
