package vn.parindex.dashboard.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;

/**
 * The province slices read so far, least recently used evicted first so that their estimated bytes stay within the
 * bound. A province is read once however many requests ask for it meanwhile, and at most two are read at a time
 * (what is being read is not counted yet, so this bounds it too). A slice larger than the whole bound is served
 * to the requests that asked for it and not kept. A slice that cannot be read is not kept either: the next request
 * tries again, and every other province is unaffected.
 */
public final class SliceCache {
    /** Reads a province's slice. */
    @FunctionalInterface
    interface Loader {
        ProvinceSlice load(String province) throws IOException;
    }

    private final long maxBytes;
    private final Loader loader;
    private final Semaphore reading = new Semaphore(2);
    private final LinkedHashMap<String, ProvinceSlice> held = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, CompletableFuture<ProvinceSlice>> pending = new HashMap<>();
    private long bytes;
    private long loads;
    private long evictions;

    SliceCache(long maxBytes, Loader loader) {
        this.maxBytes = maxBytes;
        this.loader = loader;
    }

    /** @throws UncheckedIOException when the province's files cannot be read */
    ProvinceSlice get(String province) {
        CompletableFuture<ProvinceSlice> future;
        boolean mine = false;
        synchronized (this) {
            ProvinceSlice slice = held.get(province);
            if (slice != null) {
                return slice;
            }
            future = pending.get(province);
            if (future == null) {
                future = new CompletableFuture<>();
                pending.put(province, future);
                mine = true;
            }
        }
        if (mine) {
            load(province, future);
        }
        return await(future);
    }

    private void load(String province, CompletableFuture<ProvinceSlice> future) {
        try {
            reading.acquireUninterruptibly();
            ProvinceSlice slice;
            try {
                slice = loader.load(province);
            } finally {
                reading.release();
            }
            keep(slice);
            future.complete(slice);
        } catch (IOException | RuntimeException | Error e) { // an Error (out of memory) leaves the cache as it was
            future.completeExceptionally(e);
        } finally {
            synchronized (this) {
                pending.remove(province);
            }
        }
    }

    private synchronized void keep(ProvinceSlice slice) {
        loads++;
        if (slice.bytes() > maxBytes) {
            return;
        }
        bytes += slice.bytes();
        held.put(slice.province(), slice);
        Iterator<ProvinceSlice> oldestFirst = held.values().iterator();
        while (bytes > maxBytes && oldestFirst.hasNext()) {
            ProvinceSlice oldest = oldestFirst.next();
            if (oldest != slice) {
                oldestFirst.remove();
                bytes -= oldest.bytes();
                evictions++;
            }
        }
    }

    private static ProvinceSlice await(CompletableFuture<ProvinceSlice> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a province", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** What the cache holds and has done, for tests and the log. */
    synchronized Stats stats() {
        return new Stats(maxBytes, bytes, held.size(), loads, evictions);
    }

    /**
     * @param bytes estimated bytes of the slices held
     * @param loads slices read (each province read again after an eviction counts again)
     */
    public record Stats(long maxBytes, long bytes, int slices, long loads, long evictions) {
    }
}
