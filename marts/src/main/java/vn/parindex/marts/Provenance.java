package vn.parindex.marts;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a score comes from (contract 1.3), strongest first: a value computed from several rows is as weak as the
 * weakest of them, so the order matters. With the words every front end shows: the label ("suy ra"), the short mark
 * of a chart point or a marked number ("[suy ra]", "87,13 (suy ra)") and the phrase a header uses ("Dữ liệu: bản
 * công bố và số liệu suy ra").
 */
public enum Provenance implements Coded {
    PUBLISHED("công bố", null, "bản công bố"),
    DERIVED("suy ra", "suy ra", "số liệu suy ra"),
    THIRD_PARTY("nguồn không chính thức", "không chính thức", "số liệu từ nguồn không chính thức"),
    SYNTHETIC("số liệu minh họa", "minh họa", "số liệu minh họa");

    private final String label;
    private final String mark;
    private final String phrase;

    Provenance(String label, String mark, String phrase) {
        this.label = label;
        this.mark = mark;
        this.phrase = phrase;
    }

    @Override
    public String label() {
        return label;
    }

    /** The text of a "Nguồn số liệu" cell: blank (null) for a published figure, so the others stand out. */
    public String cellLabel() {
        return published() ? null : label;
    }

    /** The short mark after a figure that is not published ("minh họa"); null for a published one. */
    public String mark() {
        return mark;
    }

    /** " [minh họa]" after a chart label; "" for a published figure. */
    public String tag() {
        return mark == null ? "" : " [" + mark + "]";
    }

    /** How a header names this kind of data ("số liệu minh họa"). */
    public String phrase() {
        return phrase;
    }

    public boolean published() {
        return this == PUBLISHED;
    }

    /** The weaker of the two. */
    public Provenance weaker(Provenance other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }

    public static Optional<Provenance> of(String code) {
        return Coded.find(Provenance.class, code);
    }

    /** A mart's word, blank or unknown being published (the contract's default; older snapshots have none). */
    public static Provenance orPublished(String code) {
        return code == null || code.isBlank() ? PUBLISHED
                : of(code.strip().toLowerCase(Locale.ROOT)).orElse(PUBLISHED);
    }

    /** The weaker of two words (blank counts as published), as one of the two: for folding a column's values. */
    public static String weakerCode(String a, String b) {
        return orPublished(b).compareTo(orPublished(a)) > 0 ? b : a;
    }

    /** The weakest of the given words (published when there are none). */
    public static Provenance weakest(Collection<String> codes) {
        return codes.stream().map(Provenance::orPublished).reduce(PUBLISHED, Provenance::weaker);
    }

    /** What each mark means, for the note under a sheet's header or a chart's title. */
    public String explanation() {
        return switch (this) {
            case PUBLISHED -> "bản công bố: kết quả công bố chính thức";
            case DERIVED -> "\"suy ra\": tính từ một số liệu công bố (ví dụ điểm năm trước suy từ mức tăng được công bố)";
            case THIRD_PARTY -> "\"nguồn không chính thức\": từ bộ dữ liệu tổng hợp, không phải văn bản công bố";
            case SYNTHETIC -> "\"số liệu minh họa\": số liệu tạo ra để minh họa, không phải kết quả thật";
        };
    }

    /** The explanations of the kinds that are not published. */
    public static List<String> explanations() {
        return List.of(DERIVED.explanation(), THIRD_PARTY.explanation(), SYNTHETIC.explanation());
    }
}
