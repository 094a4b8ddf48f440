package vn.parindex.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.parindex.marts.Manifest;
import vn.parindex.marts.SnapshotLayout;

/**
 * The published side: snapshots/<id>/ folders and the `current` link, switched by renaming a new link over the
 * old one, so a reader sees either the old snapshot or the new one, never a mix.
 */
public final class Warehouse {
    private static final int KEEP_SNAPSHOTS = 14;

    private final Path root;

    public Warehouse(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path snapshots() {
        return SnapshotLayout.snapshots(root);
    }

    /** Where a run stages each score file's validated rows until it is settled; emptied before and after a run. */
    public Path staging() {
        return root.resolve("staging");
    }

    /** Empties the staging folder (the warehouse lock is held, so no other run is using it). */
    public void clearStaging() throws IOException {
        deleteTree(staging());
    }

    public Path current() {
        return SnapshotLayout.current(root);
    }

    /** The manifest of the snapshot `current` points at, if there is a complete one. */
    public Optional<Manifest> currentManifest() {
        if (!Files.isRegularFile(SnapshotLayout.manifest(current()))) {
            return Optional.empty();
        }
        try {
            Manifest read = Manifest.read(current());
            return read.complete() ? Optional.of(read) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The folder of the current snapshot, resolved through the link. */
    public Optional<Path> currentSnapshot() {
        try {
            return Files.exists(current()) ? Optional.of(current().toRealPath()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Holds the warehouse for one run; a second run (or the scheduler's next tick) finds it taken. */
    public Optional<FileLock> tryLock() {
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException heldByThisProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
            }
            return Optional.ofNullable(lock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Held while `current` is switched. A run stopped by a signal takes it and never lets go, so what it says about
     * `current` stays true until the process is gone.
     */
    public static final java.util.concurrent.locks.ReentrantLock SWITCHING = new java.util.concurrent.locks.ReentrantLock();

    /** Points `current` at the snapshot: a new link renamed over the old one (atomic on POSIX file systems). */
    public void switchCurrent(Path snapshot) throws IOException {
        SWITCHING.lock();
        try {
            Path link = root.resolve("current.next");
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, root.relativize(snapshot));
            Files.move(link, current(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            SWITCHING.unlock();
        }
    }

    /** Removes what killed runs left behind (snapshots without a manifest) and all but the newest snapshots. */
    public void tidy() throws IOException {
        if (!Files.isDirectory(snapshots())) {
            return;
        }
        Optional<Path> serving = currentSnapshot();
        List<Path> all;
        try (Stream<Path> list = Files.list(snapshots())) {
            all = list.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
        }
        int kept = 0;
        for (Path snapshot : all) {
            boolean isServing = serving.isPresent() && serving.get().equals(snapshot.toRealPath());
            boolean complete = Files.isRegularFile(SnapshotLayout.manifest(snapshot));
            if (isServing || (complete && kept < KEEP_SNAPSHOTS)) {
                kept++;
            } else {
                deleteTree(snapshot);
            }
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
