package vn.parindex.plans;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.text.Names;

/** Calendar arithmetic of plan deadlines, and the two ways a plan writes a completion date. */
final class CalendarDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private CalendarDates() {
    }

    /** The date, or empty when it does not exist (31/2/2024, month 13). */
    static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The month's last day, or empty when the month is not 1–12. */
    static Optional<LocalDate> endOfMonth(int year, int month) {
        return of(year, month, 1).map(first -> first.withDayOfMonth(first.lengthOfMonth()));
    }

    /** Day d of the month, or its last day when the month is shorter ("Trước ngày 31 hàng tháng" in February). */
    static LocalDate clampedDay(int year, int month, int day) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    }

    /** A done_on value: yyyy-mm-dd or d/m/yyyy (contract 1.7); empty when it is neither or not a real date. */
    static Optional<LocalDate> parseDoneOn(String text) {
        String value = Names.clean(text).replaceAll("\\s*([-/])\\s*", "$1");
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return of(number(iso, 1), number(iso, 2), number(iso, 3));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(value);
        if (dmy.matches()) {
            return of(number(dmy, 3), number(dmy, 2), number(dmy, 1));
        }
        return Optional.empty();
    }

    static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
