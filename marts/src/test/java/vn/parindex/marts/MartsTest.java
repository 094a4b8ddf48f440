package vn.parindex.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MartsTest {
    @Test
    void extractColumnsAreTheContractsInItsOrder() {
        assertEquals(List.of("province", "unit_id", "year", "index", "code", "kind", "target", "actual", "status",
                "gap"), Marts.TARGET_STATUS.names());
        assertEquals(List.of("province,tier,year,index,unit_id,unit_name,unit_type,score_total,max_total,index_value,"
                + "official_value,points_lost,rank,rank_of,rank_basis,prev_value,delta,prev_rank,prev_rank_of,rank_change,"
                + "reported_total,reported_rank,reconciled,provenance,source,gap_to_best"),
                List.of(String.join(",", Marts.UNIT_YEAR.names())), "contract 4, gap_to_best last");
        assertEquals(List.of("unit_year", "component_year", "loss_drivers", "province_summary", "target_status",
                "goal_gaps", "task_status"), Marts.EXTRACTS.stream().map(MartSchema::name).toList());
        assertEquals(ColumnType.DATE, Marts.TASK_STATUS.columns().get(Marts.TASK_STATUS.indexOf("next_due")).type());
    }

    @Test
    void codesAreTheMartsWords() {
        assertEquals("third_party", Provenance.THIRD_PARTY.code());
        assertEquals(Provenance.PUBLISHED, Provenance.orPublished(""));
        assertEquals("due_soon", TaskStatus.DUE_SOON.code());
        assertEquals("Xếp hạng không thấp hơn", TargetKind.label("rank_at_most"));
        assertTrue(TargetKind.isRank("rank_improve"));
        assertTrue(ScoreIndex.onPointsScale("PAPI"));
        assertEquals("Khối " + "sở, ban, ngành", "Khối " + Tier.DEPARTMENT.inSentence());
        assertEquals("UBND cấp xã", Tier.COMMUNE.inSentence());
        assertEquals("kém đơn vị dẫn đầu 3,25 điểm", GapToBest.phrase(3.25, v -> "3,25"));
        assertEquals("dẫn đầu", GapToBest.phrase(0.0, v -> "0,00"));
        assertEquals(null, GapToBest.phrase(null, v -> "–"), "no computed rank: nothing to say");
    }

    private record Unit(Integer rank, String name, String id) {
    }

    @Test
    void tiesAreOrderedByVietnameseNameThenId() {
        List<Unit> units = new ArrayList<>(List.of(new Unit(null, "A", "a"), new Unit(2, "Đông", "d2"),
                new Unit(2, "Dương", "d1"), new Unit(1, "Z", "z"), new Unit(2, "Dương", "d0")));
        units.sort(RankingOrder.of(Unit::rank, Unit::name, Unit::id));
        assertEquals(Arrays.asList("z", "d0", "d1", "d2", "a"), units.stream().map(Unit::id).toList());
    }
}
