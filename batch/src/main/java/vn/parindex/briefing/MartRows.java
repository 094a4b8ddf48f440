package vn.parindex.briefing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import vn.parindex.briefings.BriefingData;
import vn.parindex.briefings.ItemResult;
import vn.parindex.briefings.LossDriver;
import vn.parindex.briefings.ProvinceItem;
import vn.parindex.briefings.SnapshotInfo;
import vn.parindex.briefings.TargetResult;
import vn.parindex.briefings.UnitResult;
import vn.parindex.compute.Mart;

/**
 * The computed marts as briefing records. Rows are read by column name, and numbers through {@link Number}, so an
 * int column that becomes a long (or a double) does not break the briefings.
 */
public final class MartRows {
    private MartRows() {
    }

    /** Collects the five marts the briefings read (small: the driver holds them already cached) and converts them. */
    public static BriefingData briefingData(List<Mart> marts, SnapshotInfo snapshot) {
        Map<String, Mart> byName = marts.stream().collect(Collectors.toMap(Mart::name, mart -> mart));
        return new BriefingData(snapshot,
                convert(byName.get(Mart.UNIT_YEAR), MartRows::unitResult),
                convert(byName.get(Mart.COMPONENT_YEAR), MartRows::itemResult),
                convert(byName.get(Mart.LOSS_DRIVERS), MartRows::lossDriver),
                convert(byName.get(Mart.PROVINCE_SUMMARY), MartRows::provinceItem),
                convert(byName.get(Mart.TARGET_STATUS), MartRows::targetResult));
    }

    private static <T> List<T> convert(Mart mart, Function<Row, T> record) {
        return mart == null ? List.of() : mart.rows().collectAsList().stream().map(record).toList();
    }

    static UnitResult unitResult(Row row) {
        return new UnitResult(text(row, "province"), text(row, "tier"), integer(row, "year"), text(row, "index"),
                text(row, "unit_id"), text(row, "unit_name"), number(row, "official_value"),
                number(row, "points_lost"), integer(row, "rank"), integer(row, "rank_of"), number(row, "prev_value"),
                number(row, "delta"), integer(row, "prev_rank"), integer(row, "rank_change"),
                row.getAs("reconciled"));
    }

    static ItemResult itemResult(Row row) {
        return new ItemResult(text(row, "unit_id"), text(row, "index"), integer(row, "year"), text(row, "code"),
                integer(row, "level"), text(row, "name"), number(row, "max_points"), number(row, "score"),
                number(row, "self_score"), number(row, "points_lost"), number(row, "attainment"),
                number(row, "delta_points"), number(row, "delta_attainment"), integer(row, "rank"),
                integer(row, "rank_of"));
    }

    static LossDriver lossDriver(Row row) {
        return new LossDriver(text(row, "unit_id"), text(row, "index"), integer(row, "year"),
                integer(row, "position"), text(row, "code"), text(row, "name"), number(row, "points_lost"),
                number(row, "share_of_loss"));
    }

    static ProvinceItem provinceItem(Row row) {
        return new ProvinceItem(text(row, "province"), text(row, "tier"), text(row, "index"), integer(row, "year"),
                text(row, "code"), integer(row, "units"), number(row, "mean_attainment"),
                number(row, "min_attainment"), number(row, "max_attainment"), number(row, "total_points_lost"));
    }

    static TargetResult targetResult(Row row) {
        return new TargetResult(text(row, "unit_id"), text(row, "index"), integer(row, "year"), text(row, "code"),
                text(row, "kind"), number(row, "target"), number(row, "actual"), text(row, "status"),
                number(row, "gap"));
    }

    private static String text(Row row, String column) {
        return row.getAs(column);
    }

    private static Double number(Row row, String column) {
        Number value = row.getAs(column);
        return value == null ? null : value.doubleValue();
    }

    private static Integer integer(Row row, String column) {
        Number value = row.getAs(column);
        return value == null ? null : value.intValue();
    }
}
