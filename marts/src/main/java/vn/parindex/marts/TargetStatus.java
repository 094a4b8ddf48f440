package vn.parindex.marts;

import java.util.Optional;

/** Whether a plan target was met (target_status.status), with its Vietnamese label. */
public enum TargetStatus {
    MET("Đạt"),
    MISSED("Chưa đạt"),
    PENDING("Chờ kết quả");

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    /** The extract's word: met, missed, pending. */
    public String code() {
        return Codes.of(this);
    }

    public String label() {
        return label;
    }

    public static Optional<TargetStatus> of(String code) {
        return Codes.find(TargetStatus.class, code);
    }

    public static String label(String code) {
        return of(code).map(TargetStatus::label).orElse(code);
    }
}
