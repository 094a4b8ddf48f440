package vn.parindex.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generator's own rules (seed facts, plausibility, one provenance per figure) hold on the bundle and catch what
 * breaks them: a later row for a key overrides the earlier one when the rules read the scores, so one added row is
 * enough to break a fact.
 */
class DataRulesTest {
    private SampleData bundle;
    private OfficialValues official;
    private SeedFacts seeds;

    @BeforeEach
    void generate() {
        bundle = SampleData.generate();
        official = new OfficialValues(bundle.units(), bundle.methodology(), bundle.scores());
        seeds = SeedFacts.of(Targets.load(), bundle.methodology());
    }

    @Test
    void theBundleBreaksNoRule() {
        assertEquals(List.of(), bundle.violations());
    }

    @Test
    void seed002FixesWhichCriteriaOfBknSct2023AreAtFullMarks() {
        assertEquals(22, seeds.fullIn2023().size());
        assertEquals(17, seeds.belowIn2023().size());
        assertTrue(seeds.fullIn2023().contains("7.4.2"), "Phụ lục 1's 7.4.3 of 2024 was 7.4.2 in 2023 (prev_code)");
        assertTrue(seeds.belowIn2023().contains("7.4.3"), "Phụ lục 2's 7.4.2 of 2024 was 7.4.3 in 2023 (prev_code)");

        add("synthetic/bac-kan/2023.csv", "Bắc Kạn", 2023, "BKN-SCT", "PAR", "1.1", "3.5");

        assertEquals(List.of("seed 002: BKN-SCT 2023 1.1 below full marks"), seedViolations());
    }

    @Test
    void seed000PlacesLciSttttEleventhOf19WithMargins() {
        add("synthetic/lao-cai/2022.csv", "Lào Cai", 2022, "LCI-SNV", "PAR", "TOTAL", "87.15");

        List<String> violations = seedViolations();

        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("seed 000: LCI-STTTT 2022 is 87.13"), violations.get(0));
        assertTrue(violations.get(0).contains("margins ok: false"), violations.get(0));
    }

    @Test
    void aJumpOfMoreThanSixPointsIsImplausible() {
        add("synthetic/lang-son/2021.csv", "Lạng Sơn", 2021, "LSN-STP", "PAR", "TOTAL", "97.9");

        List<String> violations = new Plausibility(bundle.units(), bundle.methodology(), bundle.scores(), official)
                .measure().violations();

        assertTrue(violations.stream().anyMatch(v -> v.startsWith("a unit's value changes by more than 6.0 in a year")),
                violations.toString());
    }

    @Test
    void aFigureGivenTwiceHasTwoProvenances() {
        add("synthetic/lao-cai/2022.csv", "Lào Cai", 2022, "LCI-STTTT", "PAR", "RANK", "11");

        List<String> violations = DataChecks.violations(bundle.units(), bundle.methodology(), bundle.scores(),
                bundle.targets());

        assertEquals(List.of("score Lào Cai|2022|LCI-STTTT|PAR|RANK in real/lao-cai/2022.csv and again in"
                + " synthetic/lao-cai/2022.csv"), violations);
    }

    @Test
    void aTargetOnAnItemThatDoesNotExistIsCaught() {
        List<Target> targets = new java.util.ArrayList<>(bundle.targets());
        targets.add(new Target("Lạng Sơn", "LSN-STTTT", 2023, "PAR", "7.9", "max", "", "test"));

        List<String> violations = DataChecks.violations(bundle.units(), bundle.methodology(), bundle.scores(), targets);

        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("no item 7.9 in the Lạng Sơn department PAR tree of 2023"),
                violations.get(0));
    }

    private void add(String file, String province, int year, String unitId, String index, String code, String score) {
        bundle.scores().add(Score.synthetic(file, province, year, unitId, index, code, score, "", ""));
    }

    private List<String> seedViolations() {
        return seeds.violations(bundle.units(), bundle.methodology(), bundle.scores(), official);
    }
}
