package vn.parindex.marts;

import java.util.Optional;

/** Whether a plan target was met (target_status.status), with its Vietnamese label. */
public enum TargetStatus implements Coded {
    MET("Đạt"),
    MISSED("Chưa đạt"),
    PENDING("Chờ kết quả");

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<TargetStatus> of(String code) {
        return Coded.find(TargetStatus.class, code);
    }

    public static String label(String code) {
        return Coded.label(TargetStatus.class, code);
    }
}
