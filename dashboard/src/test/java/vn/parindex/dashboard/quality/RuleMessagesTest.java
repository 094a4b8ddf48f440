package vn.parindex.dashboard.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every rule the batch can write into quality_issues.csv reads in Vietnamese on the quality page, and every warning
 * (a file kept, a value kept, a task kept) says what was done and what to do for its own kind of file: a plan's
 * unread deadline is not "a value kept as published".
 */
class RuleMessagesTest {
    private static final Map<String, List<BatchRules.Severity>> RULES = BatchRules.all();

    @Test
    void theSourcesAreReadWhole() {
        // the scan must see the rules of every reader, else the checks below would pass on nothing
        for (String rule : List.of("deadline_not_understood", "plan_task_conflict", "plan_task_repeated",
                "total_not_reconciled", "no_rows", "kept_previous_data", "unterminated_quote", "not_utf8",
                "unknown_unit", "invalid_address", "missing_value", "workbook_too_large", "sheet_too_large",
                "document_too_large", "bad_members", "rank_improve_not_total", "news_not_built")) {
            assertTrue(RULES.containsKey(rule), rule + " not found in " + RULES.keySet());
        }
        assertTrue(RULES.size() > 60, RULES.keySet().toString());
        assertEquals(List.of(BatchRules.Severity.WARNING), RULES.get("deadline_not_understood"));
    }

    @Test
    void everyRuleTheBatchWritesHasVietnameseText() {
        List<String> missing = RULES.keySet().stream().filter(rule -> !RuleMessages.knows(rule)).toList();
        assertEquals(List.of(), missing, "rules without Vietnamese text in RuleMessages");
    }

    @Test
    void everyWarningSaysWhatWasDoneForItsOwnKind() {
        List<String> generic = RULES.entrySet().stream()
                .filter(rule -> rule.getValue().stream().anyMatch(s -> s != BatchRules.Severity.ERROR))
                .map(Map.Entry::getKey).filter(rule -> !RuleMessages.hasOwnAction(rule)).toList();
        assertEquals(List.of(), generic, "warnings whose action is only the generic one");
    }

    @Test
    void everyActionTheBatchWritesIsInVietnamese() {
        List<String> actions = BatchRules.actions();
        assertTrue(actions.containsAll(List.of("file quarantined", "reported, value kept as published",
                "row skipped")), actions.toString());
        for (String action : actions) {
            assertFalse(RuleMessages.action("unknown_rule_x", action).equals(action), action + " stays in English");
        }
    }

    @Test
    void aPlansUnreadDeadlineSaysWhatWasWrittenAndWhatThePlannerDoes() {
        String message = "deadline 'Sau khi có hướng dẫn' is not one the plan grammar reads (Thường xuyên, …): the"
                + " task is kept with no due date (status deadline_unknown unless done)";
        assertEquals("Không đọc được thời hạn của nhiệm vụ: “Sau khi có hướng dẫn”",
                RuleMessages.message("deadline_not_understood", message));
        String action = RuleMessages.action("deadline_not_understood", "reported, value kept as published");
        assertFalse(action.contains("công bố"), "a plan's deadline is not a published value: " + action);
        assertTrue(action.contains("Giữ nhiệm vụ, chưa có hạn") && action.contains("30/6/2024")
                && action.contains("Quý II/2024"), action);
        // a results file's warning keeps its own words
        assertEquals("Ghi nhận, giữ giá trị công bố",
                RuleMessages.action("total_not_reconciled", "reported, value kept as published"));
        assertEquals("Dòng trùng lặp trong cùng tệp", RuleMessages.message("duplicate_row", "the same province …"),
                "no value quoted: the reason alone");
    }
}
