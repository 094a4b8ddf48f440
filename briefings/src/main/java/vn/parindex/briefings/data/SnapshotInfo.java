package vn.parindex.briefings.data;

import java.time.Instant;
import java.util.Objects;

/** Which published snapshot the numbers come from: named in every workbook's subject and dated by its creation. */
public record SnapshotInfo(String id, Instant createdAt) {
    public SnapshotInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
