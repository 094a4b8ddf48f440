package vn.parindex.compute;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceData;

/** The whole computation of contract section 2, from staged scores to the marts. */
public final class MartComputation {
    private MartComputation() {
    }

    public static ComputationResult compute(SparkSession spark, ReferenceData reference, Dataset<Row> stagedScores) {
        // Each stage is materialised with localCheckpoint: it cuts the query plan, which otherwise grows with every
        // stage that reuses the previous ones, and Spark would ship (and optimise) the whole tree with every task.
        Dataset<Row> items = InputFrames.items(spark, reference).localCheckpoint();
        Dataset<Row> units = InputFrames.units(spark, reference).localCheckpoint();
        Dataset<Row> staged = stagedScores.localCheckpoint();

        ItemScores itemScores = ItemScores.derive(staged, items);
        Dataset<Row> tables = InputFrames.tables(spark, reference);
        Dataset<Row> unitYears = UnitYears.compute(itemScores.all(), staged, items, units, tables).localCheckpoint();
        Dataset<Row> comparisons = Lineage.comparisons(unitYears, units).localCheckpoint();
        Dataset<Row> components = Components.compute(itemScores.all(), comparisons, unitYears).localCheckpoint();
        Dataset<Row> lossDrivers = LossDrivers.compute(components);
        Dataset<Row> summary = ProvinceSummary.compute(components);
        Dataset<Row> targetRows = InputFrames.targets(spark, reference);
        Dataset<Row> targets = TargetStatus.compute(targetRows, unitYears, components);
        Dataset<Row> goalGaps = GoalGaps.compute(unitYears, components, targetRows);

        List<Mart> marts = List.of(
                new Mart(Mart.UNIT_YEAR, Published.of(unitYears, UnitYears.COLUMNS,
                        "province", "tier", "year", "index", "unit_id")),
                new Mart(Mart.COMPONENT_YEAR, Published.of(components, Components.COLUMNS,
                        "province", "tier", "year", "index", "unit_id", "sort_key")),
                new Mart(Mart.LOSS_DRIVERS, Published.of(lossDrivers, LossDrivers.COLUMNS,
                        "province", "year", "index", "unit_id", "position")),
                new Mart(Mart.PROVINCE_SUMMARY, Published.of(summary, ProvinceSummary.COLUMNS,
                        "province", "tier", "year", "index", "sort_key")),
                new Mart(Mart.TARGET_STATUS, Published.of(targets, TargetStatus.COLUMNS, "position")),
                new Mart(Mart.GOAL_GAPS, Published.of(goalGaps, GoalGaps.COLUMNS,
                        "province", "tier", "year", "index", "unit_id", "goal_order")));
        List<Issue> warnings = new ArrayList<>(ComputationWarnings.collect(itemScores.parentMismatches(), unitYears));
        Dataset<Row> unitLineage = units.orderBy("unit_id").coalesce(1);
        return new ComputationResult(marts, unitLineage, staged, warnings);
    }
}
