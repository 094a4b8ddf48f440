package vn.parindex.dashboard.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** snapshots/&lt;id&gt;/manifest.json (contract section 4). */
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

    public Manifest {
        rowCounts = rowCounts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
        inputFiles = inputFiles == null ? List.of() : List.copyOf(inputFiles);
        quarantinedFiles = quarantinedFiles == null ? List.of() : List.copyOf(quarantinedFiles);
    }
}
