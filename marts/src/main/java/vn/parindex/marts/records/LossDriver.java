package vn.parindex.marts.records;

/** One of the (at most five) items where a unit lost the most points in a year, position 1 first. */
public record LossDriver(String unitId, String index, int year, int position, String code, String name,
                         Double pointsLost, Double shareOfLoss) {

    public UnitYear unitYear() {
        return new UnitYear(unitId, index, year);
    }
}
