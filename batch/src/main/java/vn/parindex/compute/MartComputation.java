package vn.parindex.compute;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.parindex.marts.Marts;
import vn.parindex.plans.PlanTask;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceData;

/** The whole computation of contract section 2, from staged scores to the marts. */
public final class MartComputation {
    private static final Logger LOG = LoggerFactory.getLogger(MartComputation.class);

    private MartComputation() {
    }

    public static ComputationResult compute(SparkSession spark, ReferenceData reference, Dataset<Row> stagedScores) {
        return compute(spark, reference, stagedScores, List.of(), java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /** The marts, with the plan tasks' statuses as of the given date. */
    public static ComputationResult compute(SparkSession spark, ReferenceData reference, Dataset<Row> stagedScores,
                                            List<PlanTask> tasks, java.time.LocalDate asOf) {
        // Each stage is materialised with localCheckpoint: it cuts the query plan, which otherwise grows with every
        // stage that reuses the previous ones, and Spark would ship (and optimise) the whole tree with every task.
        // Those as big as the score rows are kept on disk (OnDisk), the reference tables and unit-years in memory.
        Stages stages = new Stages();
        Dataset<Row> items = InputFrames.items(spark, reference).localCheckpoint();
        Dataset<Row> units = InputFrames.units(spark, reference).localCheckpoint();
        Dataset<Row> staged = OnDisk.checkpoint(ByProvince.layOut(stagedScores));
        stages.done("staged scores read");

        ItemScores itemScores = ItemScores.derive(staged, items);
        stages.done("item scores derived");
        Dataset<Row> tables = InputFrames.tables(spark, reference);
        Dataset<Row> unitYears = UnitYears.compute(itemScores.all(), staged, items, units, tables).localCheckpoint();
        stages.done("unit years");
        Dataset<Row> comparisons = Lineage.comparisons(unitYears, units).localCheckpoint();
        Dataset<Row> components = OnDisk.checkpoint(Components.compute(itemScores.all(), comparisons, unitYears));
        stages.done("components");
        Dataset<Row> lossDrivers = LossDrivers.compute(components);
        Dataset<Row> summary = ProvinceSummary.compute(components);
        Dataset<Row> targetRows = InputFrames.targets(spark, reference);
        Dataset<Row> targets = TargetStatus.compute(targetRows, unitYears, components);
        Dataset<Row> goalItems = GoalGaps.items(components, items);
        Dataset<Row> goalGaps = GoalGaps.compute(unitYears, goalItems, targetRows);

        List<Mart> marts = List.of(
                Published.of(Marts.UNIT_YEAR, unitYears, "province", "tier", "year", "index", "unit_id"),
                Published.of(Marts.COMPONENT_YEAR, components, "province", "tier", "year", "index", "unit_id",
                        "sort_key"),
                Published.of(Marts.LOSS_DRIVERS, lossDrivers, "province", "year", "index", "unit_id", "position"),
                Published.of(Marts.PROVINCE_SUMMARY, summary, "province", "tier", "year", "index", "sort_key"),
                Published.of(Marts.TARGET_STATUS, targets, "position"),
                Published.of(Marts.GOAL_GAPS, goalGaps, "province", "tier", "year", "index", "unit_id",
                        "goal_order"),
                TaskStatusMart.of(spark, tasks, asOf));
        List<Issue> warnings = new ArrayList<>(ComputationWarnings.collect(itemScores.parentMismatches(), unitYears));
        Dataset<Row> unitLineage = units.orderBy("unit_id").coalesce(1);
        Mart domainYears = Published.of(Marts.DOMAIN_YEAR, DomainYears.compute(components, units),
                "province", "tier", "year", "index", "unit_id", "code");
        Mart goalItemsMart = Published.of(Marts.GOAL_ITEMS, goalItems, "province", "tier", "year", "index", "unit_id",
                "sort_key");
        return new ComputationResult(marts, domainYears, goalItemsMart, unitLineage, staged, warnings);
    }

    /** Logs how long each materialised stage took: where a national run spends its time. */
    private static final class Stages {
        private long last = System.nanoTime();

        void done(String stage) {
            long now = System.nanoTime();
            LOG.info("{} in {} ms", stage, (now - last) / 1_000_000);
            last = now;
        }
    }
}
