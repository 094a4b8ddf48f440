package vn.parindex.publish;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** manifest.json of a snapshot: what it is, what it was made from and how many rows each extract holds. */
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

    public boolean complete() {
        return COMPLETE.equals(status);
    }
}
