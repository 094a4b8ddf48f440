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
import vn.parindex.marts.MartColumn;
import vn.parindex.marts.MartPartitions;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;
import vn.parindex.marts.SnapshotLayout;

/**
 * Writes a warehouse the way the batch job publishes one: snapshots/&lt;id&gt;/ with a manifest, one Spark-like
 * part-*.snappy.parquet per mart (plus the .crc and _SUCCESS files Spark leaves), quality_issues.csv, and
 * the current link, switched atomically. {@link #partitioned()} writes the marts with a province column the way
 * Spark's partitionBy("province") does: one province=&lt;name&gt; folder each, its part file without that column.
 */
public final class TestWarehouse {
    private final Path root;
    private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    private final List<String> qualityIssues = new ArrayList<>();
    private final List<String> quarantined = new ArrayList<>();
    private boolean partitioned;
    private final java.util.Set<String> omitted = new java.util.HashSet<>();

    public TestWarehouse(Path root) {
        this.root = root;
        Marts.ALL.forEach(mart -> rows.put(mart.name(), new ArrayList<>()));
    }

    /** Writes the marts with a province column partitioned by province, as the batch now does. */
    public TestWarehouse partitioned() {
        partitioned = true;
        return this;
    }

    /** Writes the mart without the column, as a snapshot published before the column was added. */
    public TestWarehouse omit(MartSchema mart, String column) {
        omitted.add(mart.name() + "." + column);
        return this;
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
        Path snapshot = SnapshotLayout.snapshots(root).resolve(id);
        for (MartSchema mart : Marts.ALL) {
            writeMart(SnapshotLayout.mart(snapshot, mart.name()), mart);
        }
        Files.createDirectories(SnapshotLayout.extracts(snapshot));
        Files.writeString(SnapshotLayout.extract(snapshot, SnapshotLayout.QUALITY_ISSUES), "severity,file,line,column,rule,message,action\r\n"
                + String.join("\r\n", qualityIssues) + (qualityIssues.isEmpty() ? "" : "\r\n"), StandardCharsets.UTF_8);
        StringBuilder counts = new StringBuilder();
        rows.forEach((mart, list) -> counts.append(counts.length() == 0 ? "" : ",")
                .append('"').append(mart).append("\":").append(list.size()));
        Files.writeString(SnapshotLayout.manifest(snapshot), "{\"id\":\"" + id + "\",\"created_at\":"
                + "\"2026-01-02T03:04:05Z\",\"fingerprint\":\"abc123\",\"product_version\":\"0.1.0\","
                + "\"status\":\"complete\",\"row_counts\":{" + counts + "},\"input_files\":[\"scores/a.csv\"],"
                + "\"quarantined_files\":[" + String.join(",", quarantined.stream().map(f -> '"' + f + '"').toList())
                + "]}", StandardCharsets.UTF_8);
        Path link = root.resolve("current.tmp-" + id);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of("snapshots", id));
        Files.move(link, SnapshotLayout.current(root), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return snapshot;
    }

    private void writeMart(Path folder, MartSchema mart) throws IOException {
        List<Map<String, Object>> all = mart.equals(Marts.DOMAIN_YEAR) && rows.get(mart.name()).isEmpty()
                ? domainYears() : rows.get(mart.name());
        List<MartColumn> written = mart.columns().stream()
                .filter(c -> !omitted.contains(mart.name() + "." + c.name())).toList();
        if (!partitioned || !mart.partitioned() || all.isEmpty()) {
            writePart(folder, written, all);
        } else {
            String column = mart.partitionColumn();
            Map<String, List<Map<String, Object>>> byValue = new LinkedHashMap<>();
            all.forEach(row -> byValue.computeIfAbsent((String) row.get(column), p -> new ArrayList<>()).add(row));
            List<MartColumn> columns = written.stream().filter(c -> !c.name().equals(column)).toList();
            for (Map.Entry<String, List<Map<String, Object>>> value : byValue.entrySet()) {
                writePart(folder.resolve(MartPartitions.folderName(column, value.getKey())), columns, value.getValue());
            }
        }
        Files.writeString(folder.resolve("_SUCCESS"), "");
    }

    /** domain_year as the batch derives it: the level-1 component_year rows of units with a type, with that type. */
    private List<Map<String, Object>> domainYears() {
        Map<String, Object> typeOf = new java.util.HashMap<>();
        rows.get(Marts.UNIT_YEAR.name()).forEach(r -> {
            if (r.get("unit_type") != null) {
                typeOf.putIfAbsent((String) r.get("unit_id"), r.get("unit_type"));
            }
        });
        List<Map<String, Object>> domains = new ArrayList<>();
        for (Map<String, Object> component : rows.get(Marts.COMPONENT_YEAR.name())) {
            Object type = typeOf.get(component.get("unit_id"));
            if (type != null && Integer.valueOf(1).equals(component.get("level"))) {
                Map<String, Object> domain = new LinkedHashMap<>();
                Marts.DOMAIN_YEAR.names().forEach(name -> domain.put(name, component.get(name)));
                domain.put("unit_type", type);
                domains.add(domain);
            }
        }
        return domains;
    }

    /** Writes one part file (and its .crc) of the given columns into a folder: a mart, or one partition of it. */
    public static void writePart(Path folder, List<MartColumn> columns, List<Map<String, Object>> rows)
            throws IOException {
        Files.createDirectories(folder);
        MessageType schema = schema(columns);
        Path part = folder.resolve("part-00000-test-c000.snappy.parquet");
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(part)).withType(schema)
                .withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
            for (Map<String, Object> row : rows) {
                Group group = groups.newGroup();
                for (MartColumn column : columns) {
                    String name = column.name();
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
    }

    /** The Parquet schema Spark writes for the mart: every column optional. */
    private static MessageType schema(List<MartColumn> columns) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (MartColumn column : columns) {
            switch (column.type()) {
                case INT -> builder.optional(PrimitiveTypeName.INT32).named(column.name());
                case DOUBLE -> builder.optional(PrimitiveTypeName.DOUBLE).named(column.name());
                case BOOLEAN -> builder.optional(PrimitiveTypeName.BOOLEAN).named(column.name());
                case DATE -> builder.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType())
                        .named(column.name());
                case STRING -> builder.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(column.name());
            }
        }
        return builder.named("spark_schema");
    }
}
