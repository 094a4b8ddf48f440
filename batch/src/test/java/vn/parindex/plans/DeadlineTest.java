package vn.parindex.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per form of the deadline grammar of contract 1.7. */
class DeadlineTest {
    private static final int PLAN_YEAR = 2024;

    private static List<LocalDate> due(String text) {
        Deadline deadline = Deadline.read(text, PLAN_YEAR);
        assertTrue(deadline.understood(), "'" + text + "' should be understood");
        return deadline.dueDates();
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static void assertNotUnderstood(String text) {
        Deadline deadline = Deadline.read(text, PLAN_YEAR);
        assertFalse(deadline.understood(), "'" + text + "' should not be understood");
        assertFalse(deadline.ongoing());
        assertEquals(List.of(), deadline.dueDates());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thường xuyên", "thường xuyên", "THƯỜNG XUYÊN", "  Thường   xuyên "})
    void ongoingInAnyCase(String text) {
        Deadline deadline = Deadline.read(text, PLAN_YEAR);
        assertTrue(deadline.understood());
        assertTrue(deadline.ongoing());
        assertEquals(List.of(), deadline.dueDates());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2 lần/năm", "4 LẦN / NĂM", "12 lần/năm"})
    void timesAYearIsOngoing(String text) {
        assertTrue(Deadline.read(text, PLAN_YEAR).ongoing());
    }

    @Test
    void dayMonthYear() {
        assertEquals(List.of(date(2023, 6, 30)), due("30/6/2023"));
        assertEquals(List.of(date(2024, 7, 15)), due("15/07/2024"));
    }

    @Test
    void dayMonthTakesThePlanYear() {
        assertEquals(List.of(date(2024, 4, 30)), due("30/4"));
    }

    @Test
    void theWrittenTextIsKeptCleaned() {
        assertEquals("9/3; 9/6", Deadline.read("  9/3;   9/6 ", PLAN_YEAR).written());
    }

    @Test
    void partsWithoutAYearTakeTheLastWrittenYear() {
        assertEquals(List.of(date(2023, 3, 9), date(2023, 6, 9), date(2023, 9, 9), date(2023, 12, 9)),
                due("9/3; 9/6; 9/9; 9/12/2023"));
    }

    @Test
    void theLastPartWithAYearWinsOverAnEarlierOne() {
        assertEquals(List.of(date(2023, 1, 15), date(2025, 3, 1), date(2025, 6, 1), date(2025, 9, 1)),
                due("15/1/2023; 1/3; 1/6/2025; 1/9"));
    }

    @Test
    void partsWithoutAnyYearTakeThePlanYear() {
        assertEquals(List.of(date(2024, 3, 9), date(2024, 6, 9)), due("9/6;9/3"));
    }

    @Test
    void dueDatesAreSortedAndDeduplicated() {
        assertEquals(List.of(date(2024, 3, 31), date(2024, 6, 30)), due("30/6/2024; Quý I; 31/3/2024"));
    }

    @Test
    void anEmptyPartBetweenSemicolonsIsIgnored() {
        assertEquals(List.of(date(2024, 3, 9), date(2024, 6, 9)), due("9/3;; 9/6;"));
    }

    @Test
    void quartersInRomanOrDigitsEndOnTheQuartersLastDay() {
        assertEquals(List.of(date(2024, 3, 31)), due("Quý I/2024"));
        assertEquals(List.of(date(2024, 6, 30)), due("Quý II"));
        assertEquals(List.of(date(2025, 9, 30)), due("quý 3/2025"));
        assertEquals(List.of(date(2024, 12, 31)), due("QUÝ IV"));
        assertEquals(List.of(date(2023, 12, 31)), due("Quý 4 / 2023"));
    }

    @Test
    void quarterOutsideOneToFourIsNotUnderstood() {
        assertNotUnderstood("Quý V");
        assertNotUnderstood("Quý 5/2024");
    }

    @Test
    void monthEndsOnItsLastDayIncludingALeapFebruary() {
        assertEquals(List.of(date(2024, 2, 29)), due("Tháng 2/2024"));
        assertEquals(List.of(date(2023, 2, 28)), due("Tháng 2/2023"));
        assertEquals(List.of(date(2024, 11, 30)), due("tháng 11"));
    }

    @Test
    void monthOfTheYearBeforeThePlanYear() {
        assertEquals(List.of(date(2023, 12, 31)), due("Tháng 12/2023"));
    }

    @Test
    void monthThirteenIsNotUnderstood() {
        assertNotUnderstood("Tháng 13/2024");
    }

    @Test
    void yearEndsOnTheThirtyFirstOfDecember() {
        assertEquals(List.of(date(2025, 12, 31)), due("Năm 2025"));
        assertEquals(List.of(date(2024, 12, 31)), due("năm 2024"));
    }

    @Test
    void monthlyDayFallsInEveryMonthOfThePlanYear() {
        List<LocalDate> expected = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            expected.add(date(2024, month, 20));
        }
        assertEquals(expected, due("Trước ngày 20 hàng tháng"));
        assertEquals(expected, due("trước ngày 20 hằng tháng"));
    }

    @Test
    void monthlyDayPastAMonthsEndFallsOnItsLastDay() {
        List<LocalDate> dates = due("Trước ngày 31 hàng tháng");
        assertEquals(12, dates.size());
        assertEquals(date(2024, 2, 29), dates.get(1));
        assertEquals(date(2024, 4, 30), dates.get(3));
        assertEquals(date(2024, 12, 31), dates.get(11));
        assertEquals(date(2023, 2, 28), Deadline.read("Trước ngày 30 hàng tháng", 2023).dueDates().get(1));
    }

    @Test
    void monthlyDayOutsideOneToThirtyOneIsNotUnderstood() {
        assertNotUnderstood("Trước ngày 32 hàng tháng");
        assertNotUnderstood("Trước ngày 0 hàng tháng");
    }

    @Test
    void decomposedInputIsReadAsComposed() {
        String[] forms = {"Thường xuyên", "Quý I/2024", "Tháng 12/2023", "Năm 2024", "Trước ngày 20 hàng tháng",
            "2 lần/năm"};
        for (String form : forms) {
            String decomposed = Normalizer.normalize(form, Normalizer.Form.NFD);
            Deadline deadline = Deadline.read(decomposed, PLAN_YEAR);
            assertTrue(deadline.understood(), form);
            assertEquals(Deadline.read(form, PLAN_YEAR), deadline, form);
            assertEquals(form, deadline.written(), "the written form is kept in NFC");
        }
    }

    @Test
    void mixedCaseKeywords() {
        assertEquals(List.of(date(2024, 3, 31)), due("qUÝ i/2024"));
        assertEquals(List.of(date(2024, 5, 31)), due("THÁNG 5"));
        assertEquals(List.of(date(2024, 12, 31)), due("NĂM 2024"));
    }

    @Test
    void invalidDatesAreNotUnderstood() {
        assertNotUnderstood("31/2/2024");
        assertNotUnderstood("29/2/2023");
        assertNotUnderstood("12/13/2024");
        assertNotUnderstood("0/1/2024");
        assertEquals(List.of(date(2024, 2, 29)), due("29/2"));
    }

    @Test
    void anInvalidPartSpoilsTheWholeDeadline() {
        assertNotUnderstood("9/3; 31/2; 9/9/2024");
        assertNotUnderstood("9/3; khi có hướng dẫn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Khi có hướng dẫn của Bộ Nội vụ", "", "   ", ";", "2024-06-30", "30.6.2024", "30/6/24",
        "Quý", "Tháng", "Năm 24", "Trước ngày hàng tháng", "0 lần/năm", "lần/năm", "Thường xuyên và đột xuất",
        "Quý I năm 2024", "=1+1"})
    void garbageIsNotUnderstood(String text) {
        assertNotUnderstood(text);
    }
}
