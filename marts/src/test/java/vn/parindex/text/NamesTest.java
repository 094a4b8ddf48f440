package vn.parindex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void decomposedTextIsComposedAndSpacesCollapsed() {
        String decomposed = Normalizer.normalize("Sở  Tư\u00A0pháp ", Normalizer.Form.NFD);
        assertEquals("Sở Tư pháp", Names.clean(decomposed));
        assertEquals(Normalizer.normalize("Sở Tư pháp", Normalizer.Form.NFC), Names.clean(decomposed));
    }

    @Test
    void keysIgnoreCaseTonePlacementDashesAndSpacesAroundAmpersands() {
        assertEquals(Names.key("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"), Names.key("Sở Văn hoá, Thể thao và Du lịch"));
        assertEquals(Names.key("Sở Lao động – Thương binh và Xã hội"), Names.key("Sở Lao động - Thương binh và Xã hội"));
        assertEquals(Names.key("Sở TT & TT"), Names.key("sở tt&tt"));
        assertNotEquals(Names.key("Sở Tư pháp"), Names.key("Sở Tài chính"));
    }

    @Test
    void distanceCountsEdits() {
        assertEquals(0, Names.distance("snv", "snv"));
        assertEquals(1, Names.distance("stp", "stc"));
        assertEquals(3, Names.distance("", "abc"));
    }
}
