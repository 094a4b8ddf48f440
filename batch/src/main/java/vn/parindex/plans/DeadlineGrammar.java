package vn.parindex.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.parindex.text.Names;

/**
 * The deadline grammar of contract 1.7. The text is compared in its name key (NFC, lower case, one tone-mark
 * placement, spaces collapsed) with the spaces around '/' removed, so "QUÝ  I / 2024" reads as "quý i/2024".
 * A deadline is a list of parts ({@link DeadlinePart}), separated by ';' and by numbering where a part begins
 * ("1. Thường xuyên; 2. 6/6; 6/12 3. 9/3"). It is understood only when every part is; otherwise it has no due
 * date at all.
 */
final class DeadlineGrammar {
    /** ';', or "N. " at the start or after a space: "6/12 3. 9/3" is two parts, "30.6.2024" is not numbered. */
    private static final Pattern PART_SEPARATOR = Pattern.compile(";|(?:^|\\s)\\d{1,2}\\.\\s");
    private static final Pattern SPACES_AROUND_SLASH = Pattern.compile("\\s*/\\s*");

    private DeadlineGrammar() {
    }

    static Deadline read(String text, int planYear) {
        String written = Names.clean(text);
        List<DeadlinePart> parts = new ArrayList<>();
        for (String piece : PART_SEPARATOR.split(SPACES_AROUND_SLASH.matcher(Names.key(text)).replaceAll("/"))) {
            if (piece.isBlank()) {
                continue; // "9/3; 9/6;" — a trailing or doubled ';' adds nothing
            }
            Optional<DeadlinePart> part = DeadlinePart.read(piece.strip(), planYear);
            if (part.isEmpty()) {
                return notUnderstood(written);
            }
            parts.add(part.get());
        }
        if (parts.isEmpty()) {
            return notUnderstood(written);
        }
        int yearOfDates = planYear;
        for (DeadlinePart part : parts) {
            if (part.dateYear() != null) {
                yearOfDates = part.dateYear(); // the last date in the deadline that has a year
            }
        }
        TreeSet<LocalDate> dueDates = new TreeSet<>();
        for (DeadlinePart part : parts) {
            Optional<List<LocalDate>> dates = part.dates().apply(yearOfDates);
            if (dates.isEmpty()) {
                return notUnderstood(written);
            }
            dueDates.addAll(dates.get());
        }
        return new Deadline(written, List.copyOf(dueDates), true);
    }

    private static Deadline notUnderstood(String written) {
        return new Deadline(written, List.of(), false);
    }
}
