package vn.parindex.marts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** snapshots/&lt;id&gt;/manifest.json: what the snapshot is, what it was made from, how many rows each extract holds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("fingerprint") String fingerprint,
        @JsonProperty("product_version") String productVersion,
        @JsonProperty("status") String status,
        @JsonProperty("row_counts") Map<String, Long> rowCounts,
        @JsonProperty("input_files") List<String> inputFiles,
        @JsonProperty("quarantined_files") List<String> quarantinedFiles) {

    public static final String COMPLETE = "complete";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Manifest {
        rowCounts = rowCounts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
        inputFiles = inputFiles == null ? List.of() : List.copyOf(inputFiles);
        quarantinedFiles = quarantinedFiles == null ? List.of() : List.copyOf(quarantinedFiles);
    }

    public boolean complete() {
        return COMPLETE.equals(status);
    }

    /** The manifest of a snapshot folder. */
    public static Manifest read(Path snapshot) throws IOException {
        return JSON.readValue(SnapshotLayout.manifest(snapshot).toFile(), Manifest.class);
    }

    /** Writes it into the snapshot folder through a renamed temporary file, so a reader never sees half of it. */
    public void write(Path snapshot) throws IOException {
        Path temporary = snapshot.resolve(SnapshotLayout.MANIFEST + ".tmp");
        JSON.writeValue(temporary.toFile(), this);
        Files.move(temporary, SnapshotLayout.manifest(snapshot), StandardCopyOption.ATOMIC_MOVE);
    }
}
