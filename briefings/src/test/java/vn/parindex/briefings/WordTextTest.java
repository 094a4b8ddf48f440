package vn.parindex.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import vn.parindex.briefings.internal.WordText;

class WordTextTest {
    @Test
    void controlCharactersGoTabsBecomeSpacesLineBreaksStay() {
        assertEquals("a b\nc\nd", WordText.clean("a\u0000\tb\r\nc\rd\u0007\u001b"));
        assertEquals("=SUM(A1) +1 -2 @x", WordText.clean("=SUM(A1) +1 -2 @x"));
        assertEquals("Lào Cai 😀", WordText.clean("Lào Cai \uD83D\uDE00\uD800"));
        assertEquals("ab", WordText.clean("a\uFFFEb\uFFFF"));
        assertNull(WordText.clean(null));
    }

    @Test
    void bidiControlsAreDroppedSoNoNameReordersThePage() {
        assertEquals("Sở Tư pháp (mới)", WordText.clean("Sở \u202ETư pháp\u202C \u2067(mới)\u2069\u200E"));
        assertEquals("a\u200Bb", WordText.clean("a\u200Bb"), "a zero-width space reorders nothing");
    }
}
