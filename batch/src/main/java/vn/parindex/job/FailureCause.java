package vn.parindex.job;

import java.util.Locale;

/**
 * One line a person can act on for a failure whose stack trace goes to the log: the deepest cause's message,
 * with the usual operator problems (a full disk, a folder that cannot be made or written) named first.
 */
final class FailureCause {
    private static final int MAX_LENGTH = 300;

    private FailureCause() {
    }

    static String of(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        Throwable deepest = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(' ').append(cause.getMessage());
            deepest = cause;
        }
        String all = messages.toString();
        String lower = all.toLowerCase(Locale.ROOT);
        String path = PATH.matcher(all).results().map(m -> m.group()).findFirst().orElse("the warehouse");
        if (lower.contains("no space left on device")) {
            return shorten("No space left on device while writing " + path);
        }
        if (lower.contains("mkdirs failed") || lower.contains("permission denied")
                || lower.contains("read-only file system") || lower.contains("accessdenied")) {
            return shorten("Cannot write " + path + ": check the folder's permissions and free space");
        }
        String message = deepest.getMessage() == null ? "" : ": " + deepest.getMessage();
        return shorten(deepest.getClass().getSimpleName() + message);
    }

    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("/[^\\s:'\"()]+");

    private static String shorten(String line) {
        String single = line.replaceAll("\\s+", " ").trim();
        return single.length() <= MAX_LENGTH ? single : single.substring(0, MAX_LENGTH) + "…";
    }
}
