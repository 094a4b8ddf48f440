package vn.parindex.sampledata;

/** A row of reference/targets.csv (contract 1.4). */
record Target(String province, String unitId, int year, String index, String code, String kind, String value,
              String source) {
}
