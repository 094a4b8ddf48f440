package vn.parindex.delivery;

import java.util.Locale;
import java.util.Optional;

/** What a subscriber asks for (contract section 6, {@code send}): the latest result, or the tasks that need acting on. */
public enum NewsKind {
    BRIEFING("briefing"),
    TASKS("tasks");

    private final String word;

    NewsKind(String word) {
        this.word = word;
    }

    /** The subscriptions file's word. */
    public String word() {
        return word;
    }

    public static Optional<NewsKind> of(String word) {
        String key = word.strip().toLowerCase(Locale.ROOT);
        for (NewsKind kind : values()) {
            if (kind.word.equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
