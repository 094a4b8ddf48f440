package vn.parindex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void codesSortSegmentBySegment() {
        List<String> sorted = Stream.of("1.10", "2", "1.2", "10", "1", "1.2.3")
                .sorted(Comparator.comparing(Codes::sortKey)).toList();
        assertEquals(List.of("1", "1.2", "1.2.3", "1.10", "2", "10"), sorted);
    }

    @Test
    void writtenCodesAreCleaned() {
        assertEquals("1.2", Codes.clean(" 1.2. "));
        assertEquals("3", Codes.clean("3"));
    }
}
