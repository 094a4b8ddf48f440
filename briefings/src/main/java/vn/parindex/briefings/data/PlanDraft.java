package vn.parindex.briefings.data;

import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.TargetResult;
import vn.parindex.marts.records.GoalGap;
import vn.parindex.marts.records.GoalItem;
import vn.parindex.marts.records.PlanTask;
import vn.parindex.marts.records.UnitYear;
import java.util.List;
import java.util.Objects;

/**
 * What the draft improvement plan for year Y+1 is made of, taken from year Y's results: the unit's result and items
 * of Y, what it takes (goal gaps of Y), the plan's targets for Y+1, the domains of Y+1's tree where it is known
 * (codes renumbered between years), and the tasks to pre-fill: the unit's tasks on this index for Y+1, else those of
 * the latest plan year it has ({@code taskYear}; null when it has none). The result of Y − 1 ({@code previous}, null
 * when there is none) and its domains say where the changes on it come from (their provenance); the goal items
 * (null for a snapshot without them) say which items change maximum in Y+1 and what can be regained.
 */
public record PlanDraft(SnapshotInfo snapshot, UnitResult result, List<ItemResult> items,
                        List<ItemResult> nextDomains, List<GoalGap> goals, List<TargetResult> targets,
                        Integer taskYear, List<PlanTask> tasks, UnitResult previous, List<ItemResult> previousDomains,
                        List<GoalItem> goalItems) {
    public PlanDraft {
        Objects.requireNonNull(result, "result");
        previousDomains = List.copyOf(previousDomains);
        goalItems = goalItems == null ? null : List.copyOf(goalItems);
        items = List.copyOf(items);
        nextDomains = List.copyOf(nextDomains);
        goals = List.copyOf(goals);
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
    }

    /** The draft of one unit-year's plan; an unknown unit-year is an {@link IllegalArgumentException}. */
    public static PlanDraft of(BriefingData data, UnitYear key) {
        UnitResult result = data.unitYear(key).orElseThrow(() -> new IllegalArgumentException("no result for " + key));
        UnitYear next = new UnitYear(key.unitId(), key.index(), key.year() + 1);
        List<PlanTask> onIndex = data.tasks(key.unitId()).stream()
                .filter(task -> key.index().equals(task.index())).toList();
        Integer taskYear = onIndex.stream().anyMatch(task -> task.planYear() == next.year()) ? Integer.valueOf(next.year())
                : onIndex.stream().map(PlanTask::planYear).max(Integer::compare).orElse(null);
        List<PlanTask> tasks = taskYear == null ? List.of()
                : onIndex.stream().filter(task -> task.planYear() == taskYear).toList();
        UnitYear before = new UnitYear(key.unitId(), key.index(), key.year() - 1);
        return new PlanDraft(data.snapshot(), result, data.items(key), data.domains(next), data.goals(key),
                data.targets(next), taskYear, tasks, data.unitYear(before).orElse(null), data.domains(before),
                data.goalItemsKnown() ? data.goalItems(key) : null);
    }

    /** The year the plan is for: the year after the results. */
    public int planYear() {
        return result.year() + 1;
    }

    /** Whether the pre-filled tasks come from an earlier plan than the one drafted. */
    public boolean tasksCarriedOver() {
        return taskYear != null && taskYear != planYear();
    }
}
