package vn.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.MainAccess;
import vn.parindex.TestInputs;
import vn.parindex.job.RunOutcome;

/**
 * `./parindex run` on an input with many warnings of a few rules and a broken file: the console gets counts per rule,
 * a few examples of each, every error, and where the full list is — on one screen. The counts are checked against the
 * published quality report itself.
 */
class RunConsoleTest {
    private static final Pattern GROUP = Pattern.compile("^ +(\\d+) × (warning|info) (\\S+)$");

    @TempDir
    Path dir;

    @Test
    void aRunPrintsASummaryOfItsWarningsAndEveryError() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        Path warehouse = dir.resolve("warehouse");
        StringBuilder plans = new StringBuilder("province,unit,plan_year,index,code,task,output,lead,partners,deadline,"
                + "done_on\n");
        for (int i = 1; i <= 7; i++) {
            plans.append("Tỉnh Mẫu,X-NV,2024,,,Nhiệm vụ ").append(i).append(",,Văn phòng Sở,,Sau khi có hướng dẫn,\n");
        }
        TestInputs.write(input.resolve("plans/extra.csv"), plans.toString());
        for (int i = 1; i <= 5; i++) {
            TestInputs.write(input.resolve("scores/empty-" + i + ".csv"), "province,year,unit,index,code,score\n");
        }
        TestInputs.write(input.resolve("scores/ranks.csv"), "province,year,unit,index,code,score\n"
                + "Tỉnh Mẫu,2023,X-NV,PAR,RANK,4\nTỉnh Mẫu,2023,X-TTTT,PAR,RANK,4\nTỉnh Mẫu,2023,X-KHCN,PAR,RANK,4\n");
        TestInputs.write(input.resolve("scores/bad.csv"), "province,year,unit,index,code,score\n"
                + "Tỉnh Mẫu,2024,Sở Không Có,PAR,1,5\nTỉnh Mẫu,2024,X-NV,PAR,2,99\n");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int code = MainAccess.exitCode(new String[]{"run", "--input", input.toString(), "--warehouse",
                warehouse.toString(), "--master", "local[2]", "--as-of", "2024-06-15"},
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        String all = String.join("\n", lines);
        assertEquals(RunOutcome.QUARANTINED, code, all);
        Path report = warehouse.resolve("current").toRealPath().resolve("extracts/quality_issues.csv");
        List<Map<String, String>> rows = TestInputs.readCsv(report);
        assertTrue(rows.size() >= 17, rows.size() + " rows"); // 15 unreadable deadlines, 2 errors
        assertTrue(lines.size() <= 40, "one screen: " + lines.size() + " lines\n" + all);

        // every error, with its file, line and message
        List<Map<String, String>> errors = rows.stream().filter(r -> r.get("severity").equals("error")).toList();
        assertEquals(2, errors.size(), errors.toString());
        for (Map<String, String> error : errors) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(error.get("file") + ":" + error.get("line"))
                    && l.contains(error.get("rule")) && l.endsWith(error.get("message"))), error + "\n" + all);
        }
        assertTrue(lines.contains("  scores/bad.csv: 2 errors, quarantined"), all);

        // per rule and severity: the count of the report, at most three examples, and how many more
        Map<String, Long> expected = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.get("severity").equals("error"))
                .forEach(r -> expected.merge(r.get("severity") + " " + r.get("rule"), 1L, Long::sum));
        Map<String, Long> shown = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher group = GROUP.matcher(lines.get(i));
            if (!group.matches()) {
                continue;
            }
            String rule = group.group(2) + " " + group.group(3);
            long count = Long.parseLong(group.group(1));
            shown.put(rule, count);
            List<String> examples = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && lines.get(j).startsWith("      ") && !lines.get(j).contains("… and ")) {
                examples.add(lines.get(j++).strip());
            }
            assertEquals(Math.min(3, count), examples.size(), rule + "\n" + all);
            for (String example : examples) {
                assertTrue(rows.stream().anyMatch(r -> (r.get("severity") + " " + r.get("rule")).equals(rule)
                        && example.startsWith(r.get("file") + (r.get("line").isEmpty() ? "" : ":" + r.get("line")))),
                        "an example of " + rule + " with its file and line: " + example);
            }
            if (count > 3) {
                assertEquals("      … and " + (count - 3) + " more", lines.get(j), rule);
            }
        }
        assertEquals(expected, shown, all);
        assertTrue(expected.get("warning deadline_not_understood") >= 7, expected.toString());
        assertEquals(5L, expected.get("warning no_rows"));

        // where the whole list is, then the run's one line
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("full list: " + report + " (" + rows.size() + " rows)")
                && l.contains("/quality")), all);
        assertTrue(lines.get(lines.size() - 1).startsWith("published snapshot "), all);
        assertTrue(Files.exists(report));
    }
}
