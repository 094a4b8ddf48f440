package vn.parindex.briefings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads a published snapshot's extracts (contract section 4) into BriefingData, for tests on real data. */
final class ExtractsCsv {
    private ExtractsCsv() {
    }

    static BriefingData read(Path extracts, String snapshotId) throws IOException {
        return new BriefingData(new SnapshotInfo(snapshotId, Instant.now()),
                rows(extracts.resolve("unit_year.csv"), row -> new UnitResult(row.get("province"), row.get("tier"),
                        row.integer("year"), row.get("index"), row.get("unit_id"), row.get("unit_name"),
                        row.number("official_value"), row.number("points_lost"), row.integer("rank"),
                        row.integer("rank_of"), row.number("prev_value"), row.number("delta"),
                        row.integer("prev_rank"), row.integer("rank_change"), row.bool("reconciled"))),
                rows(extracts.resolve("component_year.csv"), row -> new ItemResult(row.get("unit_id"),
                        row.get("index"), row.integer("year"), row.get("code"), row.integer("level"), row.get("name"),
                        row.number("max_points"), row.number("score"), row.number("self_score"),
                        row.number("points_lost"), row.number("attainment"), row.number("delta_points"),
                        row.number("delta_attainment"), row.integer("rank"), row.integer("rank_of"))),
                rows(extracts.resolve("loss_drivers.csv"), row -> new LossDriver(row.get("unit_id"), row.get("index"),
                        row.integer("year"), row.integer("position"), row.get("code"), row.get("name"),
                        row.number("points_lost"), row.number("share_of_loss"))),
                rows(extracts.resolve("province_summary.csv"), row -> new ProvinceItem(row.get("province"),
                        row.get("tier"), row.get("index"), row.integer("year"), row.get("code"), row.integer("units"),
                        row.number("mean_attainment"), row.number("min_attainment"), row.number("max_attainment"),
                        row.number("total_points_lost"))),
                rows(extracts.resolve("target_status.csv"), row -> new TargetResult(row.get("unit_id"),
                        row.get("index"), row.integer("year"), row.get("code"), row.get("kind"), row.number("target"),
                        row.number("actual"), row.get("status"), row.number("gap"))));
    }

    /** One CSV record by column name; blanks are null. */
    private record Fields(Map<String, String> values) {
        String get(String name) {
            String value = values.get(name);
            return value == null || value.isEmpty() ? null : value;
        }

        Double number(String name) {
            String value = get(name);
            return value == null ? null : Double.valueOf(value);
        }

        Integer integer(String name) {
            String value = get(name);
            return value == null ? null : (int) Double.parseDouble(value);
        }

        Boolean bool(String name) {
            String value = get(name);
            return value == null ? null : Boolean.valueOf(value);
        }
    }

    private static <T> List<T> rows(Path file, Function<Fields, T> convert) throws IOException {
        List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
        List<String> header = records.get(0);
        List<T> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), i < record.size() ? record.get(i) : "");
            }
            rows.add(convert.apply(new Fields(values)));
        }
        return rows;
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
