package vn.parindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.parindex.job.RunOutcome;
import vn.parindex.text.Names;

/**
 * The bundled data/ as the product reads it: `./parindex validate` finds no error and exactly the warnings
 * data/README.md lists; no two units of a province valid in the same year share a name (by the product's name key),
 * and no unit answers to the ambiguous "SKH" (Sở Khoa học? Sở Kế hoạch?).
 */
class BundledDataTest {
    /** "warning plans/x.csv:12 [deadline] deadline_not_understood: …" as Issue.toString() prints it. */
    private static final Pattern PRINTED = Pattern.compile("(warning|error|info) (\\S+?)(?::(\\d+))?(?: \\[[^]]*])? (\\w+): .*");

    @Test
    void validateFindsNoErrorAndExactlyTheWarningsTheReadmeLists() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = MainAccess.exitCode(new String[]{"validate", "--input", ExpectedWarnings.bundledData().toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertEquals(RunOutcome.OK, exit, output);
        assertTrue(output.endsWith("no errors found\n"), output);
        List<String> warnings = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher issue = PRINTED.matcher(line);
            if (issue.matches()) {
                assertEquals("warning", issue.group(1), line);
                warnings.add(ExpectedWarnings.of(issue.group(4), issue.group(2),
                        issue.group(3) == null ? 0 : Integer.parseInt(issue.group(3))));
            }
        }
        List<String> expected = ExpectedWarnings.forCommand("validate");
        // validate gives none on the bundled data today; the run's rows prove the table was read at all
        assertFalse(ExpectedWarnings.forCommand("run").isEmpty(), "data/README.md's table of warnings is read");
        assertEquals(expected, warnings.stream().sorted().toList());
    }

    @Test
    void noTwoUnitsShareANameInAYearAndNoneAnswersToSkh() {
        List<Map<String, String>> units = TestInputs.readCsv(ExpectedWarnings.bundledData().resolve("reference/units.csv"));
        List<String> problems = new ArrayList<>();
        for (int year = 2012; year <= 2026; year++) {
            Map<String, String> owner = new HashMap<>();
            for (Map<String, String> u : units) {
                String to = u.get("valid_to");
                if (year < Integer.parseInt(u.get("valid_from")) || (!to.isEmpty() && year > Integer.parseInt(to))) {
                    continue;
                }
                List<String> names = new ArrayList<>(List.of(u.get("name"), u.get("short_name")));
                names.addAll(List.of(u.get("aliases").split("\\|")));
                for (String name : names) {
                    if (Names.key(name).equals(Names.key("SKH"))) {
                        problems.add(u.get("unit_id") + " answers to SKH");
                    }
                    String previous = owner.putIfAbsent(u.get("province") + "|" + Names.key(name), u.get("unit_id"));
                    if (previous != null && !previous.equals(u.get("unit_id"))) {
                        problems.add(year + ": '" + name + "' names " + previous + " and " + u.get("unit_id"));
                    }
                }
            }
        }
        assertEquals(127, units.size());
        assertEquals(List.of(), problems);
    }
}
