package vn.parindex.marts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * notebooks/vocabulary.json: the task statuses of {@link TaskStatus} (label, colour, fill, in the order a planner
 * chases them) for the notebooks, which are Python and cannot read the enum. Checked in; a marts test regenerates it
 * and fails when the file differs, so a colour changed here cannot drift from the notebooks'.
 */
public final class NotebookVocabulary {
    /** Where it lives, from the repository's root. */
    public static final Path FILE = Path.of("notebooks", "vocabulary.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NotebookVocabulary() {
    }

    /** The file's text (UTF-8, Vietnamese as it is, a newline at the end). */
    public static String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("about", "Written from marts' TaskStatus by vn.parindex.marts.NotebookVocabulary: do not edit"
                + " (NotebookVocabularyTest fails when this file differs). Colours are RGB hex; fill null: none.");
        ObjectNode statuses = root.putObject("task_status");
        for (TaskStatus status : TaskStatus.BY_URGENCY) {
            ObjectNode one = statuses.putObject(status.code());
            one.put("label", status.label());
            one.put("colour", "#" + status.colour());
            one.put("fill", status.fill() == null ? null : "#" + status.fill());
        }
        try {
            return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
