package vn.parindex.marts;

import java.util.Optional;

/** A ranking table's tier: units are ranked only against units of the same province and tier. */
public enum Tier implements Coded {
    DEPARTMENT("Sở, ban, ngành"),
    DISTRICT("UBND cấp huyện"),
    COMMUNE("UBND cấp xã"),
    PROVINCE("UBND cấp tỉnh");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    /** As a heading or a menu shows it: "Sở, ban, ngành". */
    @Override
    public String label() {
        return label;
    }

    /** Inside a sentence ("Khối sở, ban, ngành", "các UBND cấp huyện"): an abbreviation keeps its capitals. */
    public String inSentence() {
        return Character.isUpperCase(label.charAt(1)) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    public static Optional<Tier> of(String code) {
        return Coded.find(Tier.class, code);
    }

    /** The label of a mart's code; an unknown code is shown as it is. */
    public static String label(String code) {
        return Coded.label(Tier.class, code);
    }
}
