package vn.parindex.job;

import java.nio.file.Path;

/** What one nightly run was asked to do. */
public record RunRequest(Path inputDir, Path warehouse, String master, boolean force) {
}
