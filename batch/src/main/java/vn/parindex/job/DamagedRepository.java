package vn.parindex.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.parindex.publish.Warehouse;

/**
 * A default (H2 file) job repository that can no longer be opened — a truncated or corrupted file — holds only
 * run history: it is moved aside, named in one warning, and a new one is created so the run goes on.
 */
final class DamagedRepository {
    private static final Logger LOG = LoggerFactory.getLogger(DamagedRepository.class);

    private DamagedRepository() {
    }

    /** Whether the failure is H2 saying its file is unreadable (not a lock, not a configuration error). */
    static boolean isDamage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getName();
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (type.startsWith("org.h2.") && (message.contains("corrupt") || message.contains("file is not a")
                    || message.contains("unsupported") || message.contains("chunk") || message.contains("90030")
                    || message.contains("mvstore") || message.contains("reading failed"))) {
                return true;
            }
            if (type.startsWith("org.h2.mvstore.")) {
                return true;
            }
        }
        return false;
    }

    /** Moves the warehouse's jobrepo/ folder aside; false when the repository is not the default H2 file. */
    static boolean moveAside(RepositorySettings repository, Warehouse warehouse) {
        Path folder = warehouse.root().toAbsolutePath().resolve("jobrepo");
        if (!repository.equals(RepositorySettings.h2In(warehouse.root())) || !Files.isDirectory(folder)) {
            return false;
        }
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        Path aside = folder.resolveSibling("jobrepo.damaged-" + stamp);
        try {
            Files.move(folder, aside);
        } catch (IOException e) {
            LOG.error("the damaged job repository {} cannot be moved aside", folder, e);
            return false;
        }
        LOG.warn("the job repository {} was damaged and is moved to {}; a new one is created (it holds run "
                + "history, not data)", folder, aside);
        return true;
    }
}
