package vn.parindex.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BriefingsSummaryTest {
    @Test
    void countsWorkbooksAndProvincesAndNamesTheLargest() {
        BriefingsSummary summary = new BriefingsSummary();
        summary.add("Lào Cai", 900, 12);
        summary.add("Hà Nội", 4_000, 30);
        summary.add("Việt Nam", 120, 3);
        assertEquals("wrote 45 province workbooks for 3 provinces in 1234 ms; largest province Hà Nội: 4000 mart rows",
                summary.line(1234));
    }

    @Test
    void saysSoWhenThereWasNoProvince() {
        assertEquals("wrote 0 province workbooks for 0 provinces in 5 ms", new BriefingsSummary().line(5));
    }
}
