package vn.parindex.sampledata;

/**
 * One row of a score file (contract 1.3). {@code unit} is what the file says (an id, or a name as a source
 * published it); {@code unitId} is the unit it means, given with every real figure so nothing here matches names.
 * {@code file} is relative to scores/; its first folder fixes the provenance.
 */
record Score(String file, String province, int year, String unitId, String unit, String index, String code,
             String score, String selfScore, String source) {
    /** The `source` of every synthetic row that carries no more specific note. */
    static final String SYNTHETIC_SOURCE = "parindex generator (số liệu minh họa)";

    /** A row the generator made up, written under the unit's id. */
    static Score synthetic(String file, String province, int year, String unitId, String index, String code,
                           String score, String selfScore, String source) {
        return new Score(file, province, year, unitId, unitId, index, code, score, selfScore, source);
    }

    boolean isSynthetic() {
        return file.startsWith(ScoreFiles.SYNTHETIC + "/");
    }
}
