package vn.parindex.marts.records;

/** One item across the units of a ranking table (a row of the province_summary extract). */
public record ProvinceItem(String province, String tier, String index, int year, String code, Integer units,
                           Double meanAttainment, Double minAttainment, Double maxAttainment, Double totalPointsLost) {

    public TableKey table() {
        return new TableKey(province, tier, index, year);
    }
}
