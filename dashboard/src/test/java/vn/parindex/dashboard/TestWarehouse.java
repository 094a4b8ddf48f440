package vn.parindex.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes a warehouse the way the batch job publishes one: snapshots/&lt;id&gt;/ with a manifest, one Spark-like
 * part-*.snappy.parquet per mart (plus the .crc and _SUCCESS files Spark leaves), quality_issues.csv, and
 * the current link, switched atomically.
 */
public final class TestWarehouse {
    /** Mart columns and types as the contract's section 4 and the batch job's Parquet have them. */
    static final Map<String, String> MARTS = Map.of(
            "unit_year", "province,tier,year:int,index,unit_id,unit_name,unit_type,score_total:double,"
                    + "max_total:double,index_value:double,official_value:double,points_lost:double,rank:int,"
                    + "rank_of:int,rank_basis,prev_value:double,delta:double,prev_rank:int,prev_rank_of:int,"
                    + "rank_change:int,reported_total:double,reported_rank:int,reconciled:boolean,provenance,source",
            "component_year", "province,tier,year:int,index,unit_id,code,parent_code,level:int,name,kind,"
                    + "max_points:double,score:double,self_score:double,points_lost:double,attainment:double,"
                    + "prev_score:double,prev_max:double,delta_points:double,delta_attainment:double,"
                    + "max_changed:boolean,rank:int,rank_of:int,provenance",
            "loss_drivers", "province,year:int,index,unit_id,position:int,code,name,points_lost:double,"
                    + "share_of_loss:double",
            "province_summary", "province,tier,year:int,index,code,units:int,mean_attainment:double,"
                    + "min_attainment:double,max_attainment:double,total_points_lost:double",
            "target_status", "province,unit_id,year:int,index,code,kind,target:double,actual:double,status,"
                    + "gap:double",
            "units", "unit_id,province,tier,unit_name,short_name,unit_type,valid_from:int,valid_to:int,successor_id,"
                    + "aliases",
            "goal_gaps", "province,tier,year:int,index,unit_id,goal,goal_year:int,goal_rank:int,goal_value:double,"
                    + "official_value:double,needed_index_points:double,needed_item_points:double,"
                    + "recoverable_item_points:double,reachable:boolean",
            "task_status", "province,unit_id,plan_year:int,index,code,file,line:int,task,lead,deadline,due_dates,"
                    + "next_due:date,status,done_on:date",
            "plan_tasks", "file,line:int,output,partners");

    private final Path root;
    private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    private final List<String> qualityIssues = new ArrayList<>();
    private final List<String> quarantined = new ArrayList<>();

    public TestWarehouse(Path root) {
        this.root = root;
        MARTS.keySet().forEach(mart -> rows.put(mart, new ArrayList<>()));
    }

    public Path root() {
        return root;
    }

    /** Adds a row given as column, value pairs; columns left out are blank. */
    public TestWarehouse add(String mart, Object... columnValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnValues.length; i += 2) {
            row.put((String) columnValues[i], columnValues[i + 1]);
        }
        rows.get(mart).add(row);
        return this;
    }

    /** @param csvLine severity,file,line,column,rule,message,action as an RFC 4180 line */
    public TestWarehouse issue(String csvLine) {
        qualityIssues.add(csvLine);
        return this;
    }

    public TestWarehouse quarantine(String file) {
        quarantined.add(file);
        return this;
    }

    /** Writes the snapshot and points current at it (a new link renamed over the old one). */
    public Path publish(String id) throws IOException {
        Path snapshot = root.resolve("snapshots").resolve(id);
        for (String mart : MARTS.keySet()) {
            writeMart(snapshot.resolve("marts").resolve(mart), mart);
        }
        Path extracts = Files.createDirectories(snapshot.resolve("extracts"));
        Files.writeString(extracts.resolve("quality_issues.csv"), "severity,file,line,column,rule,message,action\r\n"
                + String.join("\r\n", qualityIssues) + (qualityIssues.isEmpty() ? "" : "\r\n"), StandardCharsets.UTF_8);
        StringBuilder counts = new StringBuilder();
        rows.forEach((mart, list) -> counts.append(counts.length() == 0 ? "" : ",")
                .append('"').append(mart).append("\":").append(list.size()));
        Files.writeString(snapshot.resolve("manifest.json"), "{\"id\":\"" + id + "\",\"created_at\":"
                + "\"2026-01-02T03:04:05Z\",\"fingerprint\":\"abc123\",\"product_version\":\"0.1.0\","
                + "\"status\":\"complete\",\"row_counts\":{" + counts + "},\"input_files\":[\"scores/a.csv\"],"
                + "\"quarantined_files\":[" + String.join(",", quarantined.stream().map(f -> '"' + f + '"').toList())
                + "]}", StandardCharsets.UTF_8);
        Path link = root.resolve("current.tmp-" + id);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of("snapshots", id));
        Files.move(link, root.resolve("current"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return snapshot;
    }

    private void writeMart(Path folder, String mart) throws IOException {
        Files.createDirectories(folder);
        String[] columns = MARTS.get(mart).split(",");
        MessageType schema = schema(mart, columns);
        Path part = folder.resolve("part-00000-test-c000.snappy.parquet");
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(part)).withType(schema)
                .withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
            for (Map<String, Object> row : rows.get(mart)) {
                Group group = groups.newGroup();
                for (String column : columns) {
                    String name = column.split(":")[0];
                    Object value = row.get(name);
                    if (value instanceof java.time.LocalDate date) {
                        group.append(name, (int) date.toEpochDay());
                    } else if (value instanceof Integer i) {
                        group.append(name, i);
                    } else if (value instanceof Number n) {
                        group.append(name, n.doubleValue());
                    } else if (value instanceof Boolean b) {
                        group.append(name, b);
                    } else if (value != null) {
                        group.append(name, value.toString());
                    }
                }
                writer.write(group);
            }
        }
        Files.writeString(folder.resolve(".part-00000-test-c000.snappy.parquet.crc"), "crc");
        Files.writeString(folder.resolve("_SUCCESS"), "");
    }

    private static MessageType schema(String mart, String[] columns) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (String column : columns) {
            String[] nameType = column.split(":");
            String type = nameType.length > 1 ? nameType[1] : "string";
            switch (type) {
                case "int" -> builder.optional(PrimitiveTypeName.INT32).named(nameType[0]);
                case "double" -> builder.optional(PrimitiveTypeName.DOUBLE).named(nameType[0]);
                case "boolean" -> builder.optional(PrimitiveTypeName.BOOLEAN).named(nameType[0]);
                case "date" -> builder.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType())
                        .named(nameType[0]);
                default -> builder.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(nameType[0]);
            }
        }
        return builder.named("spark_schema");
    }
}
