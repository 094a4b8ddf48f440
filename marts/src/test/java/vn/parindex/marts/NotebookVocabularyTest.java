package vn.parindex.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.architecture.Repository;

/**
 * The checked-in notebooks/vocabulary.json is what {@link NotebookVocabulary} writes from {@link TaskStatus} today:
 * a status's colour changed in the enum and not regenerated fails here, before a notebook draws it otherwise.
 */
class NotebookVocabularyTest {
    @Test
    void theCheckedInFileIsTheOneTheEnumWrites() throws Exception {
        Path file = Repository.root().resolve(NotebookVocabulary.FILE);
        String written = NotebookVocabulary.json();
        String checkedIn = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        if (!written.equals(checkedIn)) {
            Path fresh = Files.writeString(Path.of("target", "vocabulary.json"), written, StandardCharsets.UTF_8);
            assertEquals(written, checkedIn, file + " differs from TaskStatus: `cp marts/" + fresh + " "
                    + NotebookVocabulary.FILE + "` and commit it");
        }
    }

    @Test
    void everyStatusIsThereInUrgencyOrderWithItsLabelColourAndFill() throws Exception {
        JsonNode statuses = new ObjectMapper().readTree(NotebookVocabulary.json()).get("task_status");
        List<String> codes = new ArrayList<>();
        statuses.fieldNames().forEachRemaining(codes::add);
        assertEquals(TaskStatus.BY_URGENCY.stream().map(TaskStatus::code).toList(), codes);
        for (TaskStatus status : TaskStatus.values()) {
            JsonNode one = statuses.get(status.code());
            assertEquals(status.label(), one.get("label").asText());
            assertEquals("#" + status.colour(), one.get("colour").asText());
            assertEquals(status.fill() == null, one.get("fill").isNull(), status.code());
        }
        assertTrue(NotebookVocabulary.json().contains("\"Quá hạn\""), "Vietnamese as it is, not \\u escapes");
    }
}
