package vn.parindex.marts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * WAREHOUSE/outbox/status.json: what the last delivery of the subscriptions' mails did (contract section 6), written
 * by the nightly job after each delivery and read by the dashboard's health and quality pages. {@code composed}
 * counts the mails this run put into the outbox, {@code sent} and {@code failed} the mails it sent or the server
 * refused for good (with {@code failures}: which and why), {@code waiting} the mails left in the outbox after it and
 * {@code reason} why they wait (null when none does). A preview (--mail-dir) is no delivery and writes none.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeliveryStatus(
        @JsonProperty("at") String at,
        @JsonProperty("snapshot") String snapshot,
        @JsonProperty("subscribers") int subscribers,
        @JsonProperty("skipped_rows") int skippedRows,
        @JsonProperty("composed") int composed,
        @JsonProperty("sent") int sent,
        @JsonProperty("waiting") int waiting,
        @JsonProperty("failed") int failed,
        @JsonProperty("reason") String reason,
        @JsonProperty("failures") List<Failure> failures) {

    /** The outbox folder, under the warehouse. */
    public static final String OUTBOX = "outbox";
    public static final String FILE = "status.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A mail the server refused for good, with the server's answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Failure(@JsonProperty("mail") String mail, @JsonProperty("reason") String reason) {
    }

    public DeliveryStatus {
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    public static Path outbox(Path warehouse) {
        return warehouse.resolve(OUTBOX);
    }

    public static Path file(Path warehouse) {
        return outbox(warehouse).resolve(FILE);
    }

    /** The last delivery's status; empty when there has been none or the file cannot be read. */
    public static Optional<DeliveryStatus> read(Path warehouse) {
        Path file = file(warehouse);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), DeliveryStatus.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Written through a renamed temporary file, so a reader never sees half of it. */
    public void write(Path warehouse) throws IOException {
        Path file = file(warehouse);
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE + ".tmp");
        JSON.writeValue(temporary.toFile(), this);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
