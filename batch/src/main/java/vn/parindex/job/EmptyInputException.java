package vn.parindex.job;

/**
 * The input has no score row at all (an empty or missing scores/ folder, as a failed sync leaves it): publishing
 * would replace every figure with nothing, so the run stops unless --allow-empty says it is meant.
 */
public class EmptyInputException extends RuntimeException {
    public EmptyInputException(java.nio.file.Path inputDir) {
        super("no score rows in " + inputDir.resolve("scores") + ": nothing published, the current snapshot is kept "
                + "(run with --allow-empty to publish an empty snapshot on purpose)");
    }
}
