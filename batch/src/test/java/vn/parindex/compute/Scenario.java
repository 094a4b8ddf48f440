package vn.parindex.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import vn.parindex.TestInputs;
import vn.parindex.ingest.StagedScore;
import vn.parindex.marts.Marts;
import vn.parindex.publish.ExtractWriter;
import vn.parindex.quality.Issue;
import vn.parindex.validation.Validation;

/**
 * A small input folder written line by line, run through the real ingest and the Spark computation, with the
 * extracts written and read back. All scenarios share one local Spark session.
 */
final class Scenario {
    static final String PROVINCE = "Tỉnh Thử";
    private static final String UNITS = "unit_id,province,tier,name,short_name,unit_type,aliases,valid_from,valid_to,successor_id\n";
    private static final String METHODOLOGY = "province,tier,year,index,code,parent_code,name,max_points,kind,prev_code\n";
    private static final String SCORES = "province,year,unit,index,code,score,self_score,provenance,source\n";
    private static final String TABLES = "province,tier,index,year_from,year_to,members\n";
    private static final String TARGETS = "province,unit_id,year,index,code,kind,value,source\n";

    private final Path dir;
    private final StringBuilder units = new StringBuilder(UNITS);
    private final StringBuilder methodology = new StringBuilder(METHODOLOGY);
    private final StringBuilder scores = new StringBuilder(SCORES);
    private final StringBuilder targets = new StringBuilder(TARGETS);
    private final StringBuilder tables = new StringBuilder(TABLES);

    private String province = PROVINCE;

    Scenario(Path dir) {
        this.dir = dir;
    }

    /** Units, items, scores, tables and targets added from now on belong to the named province. */
    Scenario in(String name) {
        province = name;
        return this;
    }

    /** A scenario with a two-domain tree (max 40 and 60) for the given years. */
    static Scenario twoDomains(Path dir, int... years) {
        Scenario scenario = new Scenario(dir);
        for (int year : years) {
            scenario.item(year, "1", "", 40, "").item(year, "2", "", 60, "");
        }
        return scenario;
    }

    /** unit_id, valid_from, valid_to, successor (blank for none); name and type derived from the id. */
    Scenario unit(String id, String from, String to, String successor) {
        units.append(String.join(",", id, province, "department", "Đơn vị " + id, id.toLowerCase(), "T" + id, "",
                from, to, successor)).append('\n');
        return this;
    }

    /** year, code, parent, max, prev_code for the PAR department tree of the province. */
    Scenario item(int year, String code, String parent, double max, String prevCode) {
        methodology.append(String.join(",", province, "department", String.valueOf(year), "PAR", code, parent,
                "Mục " + code, String.valueOf(max), "assessed", prevCode)).append('\n');
        return this;
    }

    /** year, index, code, parent, max, kind for a department tree of the province (prev_code blank). */
    Scenario item(int year, String index, String code, String parent, double max, String kind) {
        return item(year, index, code, parent, max, kind, "");
    }

    /** year, index, code, parent, max, kind, prev_code for a department tree of the province. */
    Scenario item(int year, String index, String code, String parent, double max, String kind, String prevCode) {
        methodology.append(String.join(",", province, "department", String.valueOf(year), index, code, parent,
                "Mục " + code, String.valueOf(max), kind, prevCode)).append('\n');
        return this;
    }

    Scenario score(int year, String unit, String code, String score) {
        return score(year, unit, "PAR", code, score, "", "");
    }

    /** A score row with its index, provenance and source (blank: not given). */
    Scenario score(int year, String unit, String index, String code, String score, String provenance, String source) {
        scores.append(String.join(",", province, String.valueOf(year), unit, index, code, score, "", provenance,
                source)).append('\n');
        return this;
    }

    /** A tables.csv row for the province's department table of an index. */
    Scenario table(String index, int from, String to, int members) {
        tables.append(String.join(",", province, "department", index, String.valueOf(from), to,
                String.valueOf(members))).append('\n');
        return this;
    }

    Scenario target(String unit, int year, String code, String kind, String value) {
        return target(unit, year, "PAR", code, kind, value);
    }

    Scenario target(String unit, int year, String index, String code, String kind, String value) {
        targets.append(String.join(",", province, unit, String.valueOf(year), index, code, kind, value, "kế hoạch"))
                .append('\n');
        return this;
    }

    /** The validated rows as a DataFrame; the nightly job reads them from the files it staged instead. */
    static Dataset<Row> scores(SparkSession spark, List<StagedScore> scores) {
        return spark.createDataFrame(scores.stream().map(s -> RowFactory.create(s.province(), s.tier().code(),
                s.year(), s.unitId(), s.index().name(), s.code(), s.score(), s.na(), s.selfScore(), s.file(),
                s.line(), s.provenance().code(), s.source())).toList(), StagedInput.SCORES);
    }

    /** The scenario's input written and computed as the nightly job computes it (marts not yet written). */
    ComputationResult computation() throws Exception {
        Path input = dir.resolve("input");
        TestInputs.write(input.resolve("reference/units.csv"), units.toString());
        TestInputs.write(input.resolve("reference/methodology.csv"), methodology.toString());
        TestInputs.write(input.resolve("reference/targets.csv"), targets.toString());
        TestInputs.write(input.resolve("reference/tables.csv"), tables.toString());
        TestInputs.write(input.resolve("scores/scores.csv"), scores.toString());
        Validation.Ingested ingested = Validation.read(input, List.of());
        assertEquals(List.of(), ingested.result().quarantinedFiles(), ingested.result().issues().toString());
        SparkSession spark = SparkSessions.get("local[2]");
        return MartComputation.compute(spark, ingested.reference(), scores(spark, ingested.result().accepted()));
    }

    Result compute() throws Exception {
        ComputationResult result = computation();
        Path extracts = Files.createDirectories(dir.resolve("extracts"));
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        List<Mart> written = new ArrayList<>(result.marts());
        written.add(result.goalItems()); // Parquet only: read back through the same writer, for the tests
        for (Mart mart : written) {
            Path file = extracts.resolve(mart.name() + ".csv");
            Path folder = dir.resolve("marts").resolve(mart.name());
            mart.write(folder); // as the nightly job publishes it: Parquet first, the extract streamed from it
            ExtractWriter.write(mart.schema(), folder, file);
            tables.put(mart.name(), TestInputs.readCsv(file));
        }
        SparkSessions.clearCache();
        return new Result(tables, new ArrayList<>(result.warnings()));
    }

    record Result(Map<String, List<Map<String, String>>> tables, List<Issue> warnings) {
        List<Map<String, String>> unitYears() {
            return tables.get(Marts.UNIT_YEAR.name());
        }

        Map<String, String> unitYear(String unit, int year) {
            return TestInputs.only(unitYears(), "unit_id", unit, "year", String.valueOf(year));
        }

        Map<String, String> component(String unit, int year, String code) {
            return TestInputs.only(tables.get(Marts.COMPONENT_YEAR.name()), "unit_id", unit, "year", String.valueOf(year),
                    "code", code);
        }

        List<Map<String, String>> lossDrivers(String unit, int year) {
            return tables.get(Marts.LOSS_DRIVERS.name()).stream()
                    .filter(row -> row.get("unit_id").equals(unit) && row.get("year").equals(String.valueOf(year)))
                    .toList();
        }

        List<Map<String, String>> goalItems(String unit, int year) {
            return tables.get(Marts.GOAL_ITEMS.name()).stream()
                    .filter(row -> row.get("unit_id").equals(unit) && row.get("year").equals(String.valueOf(year)))
                    .toList();
        }

        List<Map<String, String>> targets() {
            return tables.get(Marts.TARGET_STATUS.name());
        }

        List<String> warningRules() {
            return warnings.stream().map(Issue::rule).toList();
        }
    }
}
