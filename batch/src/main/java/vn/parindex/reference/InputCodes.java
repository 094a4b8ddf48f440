package vn.parindex.reference;

import java.util.Locale;
import java.util.Optional;
import vn.parindex.marts.Provenance;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.TargetKind;
import vn.parindex.marts.Tier;
import vn.parindex.text.Names;

/** The codes as the input files may write them (any case, blanks with their defaults, "PAR INDEX"), read leniently. */
public final class InputCodes {
    private InputCodes() {
    }

    /** Blank means department, as the contract says. */
    public static Optional<Tier> tier(String text) {
        String key = Names.key(text);
        return key.isEmpty() ? Optional.of(Tier.DEPARTMENT) : Tier.of(key);
    }

    public static Optional<ScoreIndex> index(String text) {
        String key = Names.clean(text).toUpperCase(Locale.ROOT).replace(" ", "");
        return key.equals("PARINDEX") ? Optional.of(ScoreIndex.PAR) : ScoreIndex.of(key);
    }

    public static Optional<TargetKind> targetKind(String text) {
        return TargetKind.of(Names.key(text));
    }

    /** Blank means published, as the contract says; anything else that is not a code is empty. */
    public static Optional<Provenance> provenance(String text) {
        String key = Names.key(text).replace('-', '_').replace(' ', '_');
        return key.isEmpty() ? Optional.of(Provenance.PUBLISHED) : Provenance.of(key);
    }
}
