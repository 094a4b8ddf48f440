package vn.parindex.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a deadline (contract 1.7), read from its key (lower case, NFC, spaces collapsed, none around '/'):
 * an ongoing phrase, a recurring form, a period, or a date part ("trước ngày 30 tháng 11 năm 2023",
 * "30/9/2023 30/11/2023").
 *
 * @param dateYear the year of the part's last date that names one; null when it has none or is not a date part —
 *                 the year rule ("a date without a year takes the year of the last date that has one") looks only
 *                 at dates, since periods and recurring forms without a year are in plan_year
 * @param dates    the due dates given the year for dates without one; empty when a date does not exist (31/2)
 */
record DeadlinePart(Integer dateYear, IntFunction<Optional<List<LocalDate>>> dates) {
    private static final Pattern ONGOING = Pattern.compile("thường xuyên");
    /** "2 lần/năm", "2/lần/năm", "tần suất 2 lần/năm", "tần suất 2/lần/năm". */
    private static final Pattern TIMES_A_YEAR = Pattern.compile("(?:tần suất )?[1-9]\\d*[ /]lần/năm");
    /** Done when something happens or someone asks: the keyword as a whole word, then anything. */
    private static final Pattern EVENT_DRIVEN =
            Pattern.compile("(?:khi|theo yêu cầu|theo chỉ đạo|đột xuất)(?![\\p{L}\\p{M}\\p{N}]).*");
    // "hằng" is the other standard spelling of "hàng" (both mean "every").
    private static final Pattern DAY_OF_EVERY_MONTH = Pattern.compile("trước ngày (\\d{1,2}) h[àằ]ng tháng");
    private static final Pattern EVERY = Pattern.compile("h[àằ]ng (tháng|quý|năm)");
    private static final Pattern QUARTER = Pattern.compile("quý (iv|iii|ii|i|[1-4])(?:/(\\d{4}))?");
    private static final Pattern MONTH = Pattern.compile("tháng (\\d{1,2})(?:/(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("năm (\\d{4})");
    /** The optional words before a date: "trước", "chậm nhất" or "hạn", then "ngày". */
    private static final String LEAD_IN = "(?:(?:trước|chậm nhất|hạn) )?(?:ngày )?";
    private static final Pattern WRITTEN_OUT =
            Pattern.compile(LEAD_IN + "(\\d{1,2}) tháng (\\d{1,2})(?: năm (\\d{4}))?");
    private static final String DATE = "(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?";
    private static final Pattern ONE_DATE = Pattern.compile(DATE);
    private static final Pattern DATES = Pattern.compile(LEAD_IN + "(" + DATE + "(?: " + DATE + ")*)");
    private static final List<String> ROMAN_QUARTERS = List.of("i", "ii", "iii", "iv");
    private static final int[] QUARTER_MONTHS = {3, 6, 9, 12};
    private static final int[] MONTHS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

    /** The part, or empty when it is none of the grammar's forms. */
    static Optional<DeadlinePart> read(String key, int planYear) {
        if (ONGOING.matcher(key).matches() || TIMES_A_YEAR.matcher(key).matches()
                || EVENT_DRIVEN.matcher(key).matches()) {
            return Optional.of(fixed(Optional.of(List.of())));
        }
        Matcher m = DAY_OF_EVERY_MONTH.matcher(key);
        if (m.matches()) {
            return Optional.of(fixed(dayOfEveryMonth(planYear, number(m, 1))));
        }
        m = EVERY.matcher(key);
        if (m.matches()) {
            int[] months = switch (m.group(1)) {
                case "tháng" -> MONTHS;
                case "quý" -> QUARTER_MONTHS;
                default -> new int[] {12};
            };
            return Optional.of(fixed(monthEnds(planYear, months)));
        }
        Optional<DeadlinePart> period = period(key, planYear);
        return period.isPresent() ? period : dates(key);
    }

    /** Quý, Tháng, Năm: the period's last day, in plan_year unless it names a year. */
    private static Optional<DeadlinePart> period(String key, int planYear) {
        Matcher m = QUARTER.matcher(key);
        if (m.matches()) {
            int month = 3 * quarter(m.group(1));
            return Optional.of(fixed(monthEnds(yearOr(m, 2, planYear), month)));
        }
        m = MONTH.matcher(key);
        if (m.matches()) {
            return Optional.of(fixed(monthEnds(yearOr(m, 2, planYear), number(m, 1))));
        }
        m = YEAR.matcher(key);
        if (m.matches()) {
            return Optional.of(fixed(monthEnds(number(m, 1), 12)));
        }
        return Optional.empty();
    }

    /** "d tháng m [năm yyyy]", or one or more "d/m[/yyyy]" separated by spaces, after the optional lead-in. */
    private static Optional<DeadlinePart> dates(String key) {
        Matcher m = WRITTEN_OUT.matcher(key);
        if (m.matches()) {
            List<DayMonth> one = List.of(new DayMonth(number(m, 1), number(m, 2), year(m, 3)));
            return Optional.of(new DeadlinePart(one.get(0).year(), year -> DayMonth.resolve(one, year)));
        }
        m = DATES.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<DayMonth> list = new ArrayList<>();
        Matcher each = ONE_DATE.matcher(m.group(1));
        while (each.find()) {
            list.add(new DayMonth(number(each, 1), number(each, 2), year(each, 3)));
        }
        Integer lastYear = null;
        for (DayMonth date : list) {
            lastYear = date.year() != null ? date.year() : lastYear;
        }
        return Optional.of(new DeadlinePart(lastYear, year -> DayMonth.resolve(list, year)));
    }

    /** A date as written: its year null when it names none. */
    private record DayMonth(int day, int month, Integer year) {
        static Optional<List<LocalDate>> resolve(List<DayMonth> dates, int yearOfDates) {
            List<LocalDate> resolved = new ArrayList<>();
            for (DayMonth date : dates) {
                Optional<LocalDate> day = CalendarDates.of(date.year() != null ? date.year() : yearOfDates,
                        date.month(), date.day());
                if (day.isEmpty()) {
                    return Optional.empty();
                }
                resolved.add(day.get());
            }
            return Optional.of(resolved);
        }
    }

    /** A part whose dates do not depend on the dates around it. */
    private static DeadlinePart fixed(Optional<List<LocalDate>> dates) {
        return new DeadlinePart(null, year -> dates);
    }

    /** Day d of every month of the year; a day past a month's end falls on its last day. */
    private static Optional<List<LocalDate>> dayOfEveryMonth(int year, int day) {
        if (day < 1 || day > 31) {
            return Optional.empty();
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int month : MONTHS) {
            dates.add(CalendarDates.clampedDay(year, month, day));
        }
        return Optional.of(dates);
    }

    /** The last day of each month; empty when a month is not 1–12. */
    private static Optional<List<LocalDate>> monthEnds(int year, int... months) {
        List<LocalDate> dates = new ArrayList<>();
        for (int month : months) {
            Optional<LocalDate> end = CalendarDates.endOfMonth(year, month);
            if (end.isEmpty()) {
                return Optional.empty();
            }
            dates.add(end.get());
        }
        return Optional.of(dates);
    }

    private static int quarter(String written) {
        int roman = ROMAN_QUARTERS.indexOf(written);
        return roman >= 0 ? roman + 1 : Integer.parseInt(written);
    }

    private static int yearOr(Matcher m, int group, int planYear) {
        Integer year = year(m, group);
        return year != null ? year : planYear;
    }

    private static Integer year(Matcher m, int group) {
        return m.group(group) == null ? null : number(m, group);
    }

    private static int number(Matcher m, int group) {
        return CalendarDates.number(m, group);
    }
}
