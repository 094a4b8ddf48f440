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
        // Changed on 2026-12-07: "khi …" is an ongoing part now (it adds no date), so the text that spoils is "sau khi".
        assertNotUnderstood("9/3; sau khi có hướng dẫn");
        assertEquals(List.of(date(2024, 3, 9)), due("9/3; khi có hướng dẫn"));
    }

    // "Khi có hướng dẫn của Bộ Nội vụ" was here until the contract of 2026-12-07 made it an ongoing phrase.
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ";", "2024-06-30", "30.6.2024", "30/6/24",
        "Quý", "Tháng", "Năm 24", "Trước ngày hàng tháng", "0 lần/năm", "lần/năm", "Thường xuyên và đột xuất",
        "Quý I năm 2024", "=1+1"})
    void garbageIsNotUnderstood(String text) {
        assertNotUnderstood(text);
    }

    // ---- The forms added on 2026-12-07 (contract 1.7) ----

    private static void assertOngoing(String text) {
        Deadline deadline = Deadline.read(text, PLAN_YEAR);
        assertTrue(deadline.understood(), "'" + text + "' should be understood");
        assertTrue(deadline.ongoing(), "'" + text + "' should be ongoing");
    }

    private static List<LocalDate> monthEnds(int year, int... months) {
        List<LocalDate> dates = new ArrayList<>();
        for (int month : months) {
            dates.add(LocalDate.of(year, month, 1).withDayOfMonth(LocalDate.of(year, month, 1).lengthOfMonth()));
        }
        return dates;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2/lần/năm", "Tần suất 2/lần/năm", "Tần suất 2 lần/năm", "TẦN SUẤT 4 LẦN / NĂM",
        "tần   suất 12 lần/ năm"})
    void timesAYearWithASlashOrTanSuatIsOngoing(String text) {
        assertOngoing(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tần suất", "Tần suất 0 lần/năm", "Tần suất hằng quý", "2 / lần", "Tần suất: 2 lần/năm"})
    void tanSuatWithoutNLanNamIsNotUnderstood(String text) {
        assertNotUnderstood(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Khi có nhiệm vụ chậm muộn", "Khi tham mưu xây dựng chính sách",
        "Khi có hướng dẫn của Bộ Nội vụ", "Khi có yêu cầu của UBND tỉnh", "khi", "KHI CÓ YÊU CẦU",
        "Theo yêu cầu", "Theo yêu cầu của Sở Nội vụ", "Theo chỉ đạo của UBND tỉnh", "theo chỉ đạo", "Đột xuất",
        "ĐỘT XUẤT theo yêu cầu", "Khi, và chỉ khi, có yêu cầu"})
    void eventDrivenDeadlinesAreOngoing(String text) {
        assertOngoing(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sau khi có hướng dẫn", "Khiếu nại xong", "Theo kế hoạch", "Đột xuấtt", "Có yêu cầu thì làm",
        "Thường xuyên theo chỉ đạo"})
    void anEventKeywordCountsOnlyAsTheFirstWholeWord(String text) {
        assertNotUnderstood(text);
    }

    @Test
    void thuongXuyenThenTheoChiDaoIsTwoOngoingParts() {
        assertOngoing("Thường xuyên; theo chỉ đạo của UBND tỉnh");
        assertOngoing("Thường xuyên; Khi có yêu cầu; Đột xuất");
    }

    @Test
    void everyMonthEndsOnEachMonthsLastDayOfThePlanYear() {
        List<LocalDate> expected = monthEnds(2024, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertEquals(date(2024, 2, 29), expected.get(1));
        assertEquals(expected, due("Hàng tháng"));
        assertEquals(expected, due("Hằng tháng"));
        assertEquals(expected, due("HẰNG THÁNG"));
        assertEquals(monthEnds(2023, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                Deadline.read("hằng tháng", 2023).dueDates());
    }

    @Test
    void everyQuarterEndsOnEachQuartersLastDay() {
        assertEquals(List.of(date(2024, 3, 31), date(2024, 6, 30), date(2024, 9, 30), date(2024, 12, 31)),
                due("Hàng quý"));
        assertEquals(due("Hàng quý"), due("hằng   quý"));
    }

    @Test
    void everyYearIsTheThirtyFirstOfDecember() {
        assertEquals(List.of(date(2024, 12, 31)), due("Hàng năm"));
        assertEquals(List.of(date(2024, 12, 31)), due("Hằng năm"));
    }

    @Test
    void writtenOutDateWithItsYear() {
        assertEquals(List.of(date(2023, 11, 30)), due("Trước ngày 30 tháng 11 năm 2023"));
        assertEquals(List.of(date(2023, 11, 30)), Deadline.read("Trước ngày 30 tháng 11 năm 2023", 2023).dueDates());
        assertEquals(List.of(date(2025, 1, 5)), due("ngày 5 tháng 1 năm 2025"));
        assertEquals(List.of(date(2023, 11, 30)), due("30 tháng 11 năm 2023"));
    }

    @Test
    void writtenOutDateWithoutAYearTakesThePlanYear() {
        assertEquals(List.of(date(2024, 6, 30)), due("Ngày 30 tháng 6"));
        assertEquals(List.of(date(2024, 6, 30)), due("Chậm nhất ngày 30 tháng 06"));
    }

    @Test
    void writtenOutDateThatDoesNotExistIsNotUnderstood() {
        assertNotUnderstood("Ngày 31 tháng 2 năm 2024");
        assertNotUnderstood("Ngày 30 tháng 13");
        assertNotUnderstood("Ngày 29 tháng 2 năm 2023");
    }

    @Test
    void theLeadInWordsBeforeADate() {
        assertEquals(List.of(date(2024, 5, 31)), due("Chậm nhất ngày 31/5"));
        assertEquals(List.of(date(2024, 5, 31)), due("chậm nhất 31/5"));
        assertEquals(List.of(date(2024, 8, 15)), due("Trước 15/8"));
        assertEquals(List.of(date(2024, 8, 15)), due("Trước ngày 15/8/2024"));
        assertEquals(List.of(date(2025, 7, 1)), due("Hạn 1/7/2025"));
        assertEquals(List.of(date(2024, 7, 1)), due("Hạn ngày 1/7"));
        assertEquals(List.of(date(2024, 7, 1)), due("Ngày 1/7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Trước", "Chậm nhất ngày", "Hạn ngày 31", "Trước trước 30/6", "Ngày ngày 30/6",
        "ngày trước 30/6", "Trước Quý I", "Chậm nhất tháng 6/2024", "Hạn: 30/6", "Trong ngày 30/6"})
    void aLeadInNeedsADateAfterIt(String text) {
        assertNotUnderstood(text);
    }

    @Test
    void severalDatesSeparatedBySpaces() {
        assertEquals(List.of(date(2023, 9, 30), date(2023, 11, 30)), due("30/9/2023 30/11/2023"));
        assertEquals(List.of(date(2023, 9, 30), date(2023, 11, 30)), due("Trước ngày 30/9/2023 30/11/2023"));
        assertEquals(List.of(date(2024, 3, 31), date(2024, 6, 30)), due("31/3  30/6"));
    }

    @Test
    void datesOnTwoLinesOfOneCellAreSeparatedBySpace() {
        assertEquals(List.of(date(2023, 9, 30), date(2023, 11, 30)), due("30/9/2023\n30/11/2023"));
        assertEquals(List.of(date(2023, 9, 30), date(2023, 11, 30)), due("30/9/2023\t\u00A030/11/2023"));
    }

    @Test
    void aDateInASpaceSeparatedListTakesTheYearOfTheLastDateWithOne() {
        assertEquals(List.of(date(2023, 9, 30), date(2023, 11, 30)), due("30/9 30/11/2023"));
        assertEquals(List.of(date(2023, 9, 30), date(2025, 3, 1), date(2025, 11, 30)), due("30/9/2023 30/11/2025 1/3"));
    }

    @Test
    void numberedPartsWhereAPartBegins() {
        // seed 000 (Lào Cai, KH/STTTT 2023): every year-less date takes 2023 from the last one
        assertEquals(List.of(date(2023, 3, 9), date(2023, 6, 6), date(2023, 6, 9), date(2023, 9, 9),
                date(2023, 12, 6), date(2023, 12, 9)), due("1. Thường xuyên; 2. 6/6; 6/12 3. 9/3; 9/6; 9/9; 9/12/2023"));
        assertEquals(List.of(date(2024, 3, 9), date(2024, 6, 6), date(2024, 12, 6)), due("1. Thường xuyên; 2. 6/6; 6/12 3. 9/3"));
        assertEquals(List.of(date(2024, 6, 30), date(2024, 12, 31)), due("1. Quý II 2. Năm 2024"));
        assertEquals(List.of(date(2024, 6, 30)), due("1.  30/6"));
    }

    @Test
    void aNumberThatDoesNotBeginAPartIsNotNumbering() {
        assertNotUnderstood("30.6.2024");
        assertNotUnderstood("1.Thường xuyên");
        assertNotUnderstood("Thường xuyên 2.");
        assertNotUnderstood("30/6 2");
        assertNotUnderstood("1. 2. ");
    }

    @Test
    void periodsAndRecurringFormsWithoutAYearStayInThePlanYear() {
        // The year rule is for dates; "Quý I", "Tháng m" and "Hằng …" without a year are in plan_year (1.7).
        assertEquals(List.of(date(2024, 6, 30), date(2025, 9, 30)), due("Quý II; 30/9/2025"));
        assertEquals(List.of(date(2024, 3, 31), date(2025, 1, 15)), due("Tháng 3; 15/1/2025"));
        assertEquals(List.of(date(2024, 6, 30), date(2025, 12, 31)), due("30/6; Năm 2025"));
        assertEquals(List.of(date(2024, 12, 31), date(2025, 2, 1)), due("Hằng năm; 1/2/2025"));
    }

    @Test
    void aWrittenOutDateGivesItsYearToTheOtherDates() {
        assertEquals(List.of(date(2023, 6, 30), date(2023, 11, 30)), due("30/6; Trước ngày 30 tháng 11 năm 2023"));
        assertEquals(List.of(date(2025, 6, 30), date(2025, 12, 31)), due("Ngày 30 tháng 6; 31/12/2025"));
    }

    @Test
    void ongoingPartsAddNoDateToDatedOnes() {
        assertEquals(List.of(date(2023, 3, 9), date(2023, 6, 9), date(2023, 9, 9), date(2023, 12, 9)),
                due("Thường xuyên; 9/3; 9/6; 9/9; 9/12/2023"));
        assertEquals(List.of(date(2024, 6, 30)), due("30/6; Khi có yêu cầu"));
        assertEquals(List.of(date(2024, 12, 31)), due("Tần suất 2/lần/năm; Năm 2024"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quý 2 và Quý 4/2024", "31/2/2024", "Sau khi có hướng dẫn", "30/9/2023, 30/11/2023",
        "30/9/2023 và 30/11/2023", "30/9/2023 - 30/11/2023", "Hàng tuần", "Hằng tháng 2024", "Hằng quý/2024",
        "Trước ngày 30 tháng 11 năm 23", "30/9/2023 31/9/2023"})
    void theContractsCounterExamplesAndTheirKinAreNotUnderstood(String text) {
        assertNotUnderstood(text);
    }

    /** Every example quoted in contract 1.7 and in issue 21, NFD or NFC, spaced oddly, reads alike. */
    @ParameterizedTest
    @ValueSource(strings = {"Trước ngày 30 tháng 11 năm 2023", "Tần suất 2/lần/năm", "30/9/2023 30/11/2023",
        "1. Thường xuyên; 2. 6/6; 6/12 3. 9/3; 9/6; 9/9; 9/12/2023", "Khi có nhiệm vụ chậm muộn",
        "Thường xuyên; theo chỉ đạo của UBND tỉnh", "Khi có yêu cầu của UBND tỉnh", "Ngày 30 tháng 6",
        "Chậm nhất ngày 31/5", "Trước ngày 31 hàng tháng", "Hằng quý", "Hàng tháng", "Hằng năm", "Đột xuất",
        "Theo yêu cầu"})
    void everyExampleIsReadAlikeDecomposedAndOddlySpaced(String text) {
        Deadline composed = Deadline.read(text, PLAN_YEAR);
        assertTrue(composed.understood(), text);
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        Deadline fromNfd = Deadline.read(decomposed, PLAN_YEAR);
        assertEquals(composed, fromNfd, "NFD: " + text);
        assertEquals(text, fromNfd.written(), "the written form is kept in NFC");
        String spaced = "  " + decomposed.replace(" ", " \u00A0 \t").replace("/", " / ").replace(";", " ;  ") + "\n";
        Deadline fromSpaced = Deadline.read(spaced, PLAN_YEAR);
        assertEquals(composed.dueDates(), fromSpaced.dueDates(), "odd spacing: " + spaced);
        assertTrue(fromSpaced.understood(), "odd spacing: " + spaced);
        Deadline upper = Deadline.read(text.toUpperCase(java.util.Locale.ROOT), PLAN_YEAR);
        assertEquals(composed.dueDates(), upper.dueDates(), "upper case: " + text);
        assertTrue(upper.understood(), "upper case: " + text);
    }
}
