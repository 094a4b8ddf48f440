package vn.parindex.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.text.Names;

/**
 * The deadline grammar of contract 1.7. The text is compared in its name key (NFC, lower case, one tone-mark
 * placement, spaces collapsed) with the spaces around '/' removed, so "QUÝ  I / 2024" reads as "quý i/2024".
 * A deadline is understood only when every ';'-separated part is; otherwise it has no due date at all.
 */
final class DeadlineGrammar {
    private static final Pattern ONGOING = Pattern.compile("thường xuyên");
    private static final Pattern TIMES_A_YEAR = Pattern.compile("[1-9]\\d* lần/năm");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?");
    private static final Pattern QUARTER = Pattern.compile("quý (iv|iii|ii|i|[1-4])(?:/(\\d{4}))?");
    private static final Pattern MONTH = Pattern.compile("tháng (\\d{1,2})(?:/(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("năm (\\d{4})");
    // "hằng tháng" is the other standard spelling of "hàng tháng" (both mean "every month").
    private static final Pattern MONTHLY = Pattern.compile("trước ngày (\\d{1,2}) h[àằ]ng tháng");
    private static final List<String> ROMAN_QUARTERS = List.of("i", "ii", "iii", "iv");

    /**
     * One part of a deadline: the year it names (null: none) and its due dates for a year, empty when a date
     * does not exist (31/2).
     */
    private record Part(Integer year, IntFunction<Optional<List<LocalDate>>> dates) {
    }

    private DeadlineGrammar() {
    }

    static Deadline read(String text, int planYear) {
        String written = Names.clean(text);
        List<Part> parts = new ArrayList<>();
        for (String piece : Names.key(text).replaceAll("\\s*/\\s*", "/").split(";")) {
            if (piece.isBlank()) {
                continue; // "9/3; 9/6;" — a trailing or doubled ';' adds nothing
            }
            Optional<Part> part = part(piece.strip());
            if (part.isEmpty()) {
                return notUnderstood(written);
            }
            parts.add(part.get());
        }
        if (parts.isEmpty()) {
            return notUnderstood(written);
        }
        int defaultYear = planYear;
        for (Part part : parts) {
            if (part.year() != null) {
                defaultYear = part.year(); // the last part that has a year, as the contract says
            }
        }
        TreeSet<LocalDate> dueDates = new TreeSet<>();
        for (Part part : parts) {
            Optional<List<LocalDate>> dates = part.dates().apply(part.year() != null ? part.year() : defaultYear);
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

    private static Optional<Part> part(String text) {
        if (ONGOING.matcher(text).matches() || TIMES_A_YEAR.matcher(text).matches()) {
            return Optional.of(new Part(null, year -> Optional.of(List.of())));
        }
        Matcher m = DAY_MONTH.matcher(text);
        if (m.matches()) {
            int day = number(m, 1);
            int month = number(m, 2);
            return Optional.of(new Part(year(m, 3), year -> CalendarDates.of(year, month, day).map(List::of)));
        }
        m = QUARTER.matcher(text);
        if (m.matches()) {
            int quarter = quarter(m.group(1));
            return Optional.of(new Part(year(m, 2), year -> CalendarDates.endOfMonth(year, 3 * quarter).map(List::of)));
        }
        m = MONTH.matcher(text);
        if (m.matches()) {
            int month = number(m, 1);
            return Optional.of(new Part(year(m, 2), year -> CalendarDates.endOfMonth(year, month).map(List::of)));
        }
        m = YEAR.matcher(text);
        if (m.matches()) {
            return Optional.of(new Part(number(m, 1), year -> CalendarDates.endOfMonth(year, 12).map(List::of)));
        }
        m = MONTHLY.matcher(text);
        if (m.matches()) {
            int day = number(m, 1);
            return Optional.of(new Part(null, year -> monthly(year, day)));
        }
        return Optional.empty();
    }

    /** Day d of every month of the year; a day past a month's end falls on its last day. */
    private static Optional<List<LocalDate>> monthly(int year, int day) {
        if (day < 1 || day > 31) {
            return Optional.empty();
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            dates.add(CalendarDates.clampedDay(year, month, day));
        }
        return Optional.of(dates);
    }

    private static int quarter(String written) {
        int roman = ROMAN_QUARTERS.indexOf(written);
        return roman >= 0 ? roman + 1 : Integer.parseInt(written);
    }

    private static Integer year(Matcher m, int group) {
        return m.group(group) == null ? null : number(m, group);
    }

    private static int number(Matcher m, int group) {
        return CalendarDates.number(m, group);
    }
}
