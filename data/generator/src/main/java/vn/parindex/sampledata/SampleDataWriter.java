package vn.parindex.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.parindex.csv.CsvFormat;

/**
 * Writes the bundle under a data folder: reference/*.csv and scores/**.csv (one file per provenance, province and
 * year; national files per index), UTF-8 NFC, '\n' line ends, RFC 4180 quoting where a field needs it. Old score
 * files are deleted first, so a renamed file never lingers with duplicate keys.
 */
final class SampleDataWriter {
    private final Path data;

    SampleDataWriter(Path data) {
        this.data = data;
    }

    /** Writes everything; returns the number of score files. */
    int write(SampleData bundle) throws IOException {
        Path reference = data.resolve("reference");
        Files.createDirectories(reference);
        write(reference.resolve("units.csv"), unitRows(bundle.units()));
        write(reference.resolve("methodology.csv"), methodologyRows(bundle.methodology()));
        write(reference.resolve("targets.csv"), targetRows(bundle.targets()));
        write(reference.resolve("tables.csv"), tableSizeRows(bundle.tableSizes()));
        Path scoresDir = data.resolve("scores");
        deleteOldScoreFiles(scoresDir);
        Map<String, List<Score>> byFile = new TreeMap<>();
        bundle.scores().rows().forEach(s -> byFile.computeIfAbsent(s.file(), k -> new ArrayList<>()).add(s));
        for (Map.Entry<String, List<Score>> e : byFile.entrySet()) {
            List<String> lines = new ArrayList<>();
            lines.add("province,year,unit,index,code,score,self_score,provenance,source");
            for (Score s : e.getValue()) {
                lines.add(String.join(",", csv(s.province()), String.valueOf(s.year()), csv(s.unit()), s.index(),
                        s.code(), s.score(), s.selfScore(), ScoreFiles.provenance(s.file()), csv(sourceOf(s))));
            }
            Path file = scoresDir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            write(file, lines);
        }
        return byFile.size();
    }

    /** The row's `source`: the citation for real, derived and third-party rows; a fixed label for synthetic ones. */
    private static String sourceOf(Score s) {
        return s.source().isEmpty() && s.isSynthetic() ? Score.SYNTHETIC_SOURCE : s.source();
    }

    private static void deleteOldScoreFiles(Path scoresDir) throws IOException {
        if (!Files.isDirectory(scoresDir)) {
            return;
        }
        List<Path> old;
        try (var walk = Files.walk(scoresDir)) {
            old = walk.filter(f -> f.toString().endsWith(".csv")).collect(Collectors.toList());
        }
        for (Path f : old) {
            Files.delete(f);
        }
    }

    private static List<String> unitRows(Units units) {
        List<String> lines = new ArrayList<>();
        lines.add("unit_id,province,tier,name,short_name,unit_type,aliases,valid_from,valid_to,successor_id");
        for (Unit u : units.all()) {
            lines.add(String.join(",", u.id(), csv(u.province()), u.tier(), csv(u.name()), csv(u.shortName()), u.type(),
                    csv(String.join("|", u.aliases())), String.valueOf(u.validFrom()),
                    u.validTo() == null ? "" : String.valueOf(u.validTo()), u.successorId() == null ? "" : u.successorId()));
        }
        return lines;
    }

    private static List<String> methodologyRows(Methodology methodology) {
        List<String> lines = new ArrayList<>();
        lines.add("province,tier,year,index,code,parent_code,name,max_points,kind,prev_code");
        for (List<Item> tree : methodology.trees()) {
            for (Item i : tree) {
                lines.add(String.join(",", csv(i.province()), i.tier(), String.valueOf(i.year()), i.index(), i.code(),
                        i.parent(), csv(i.name()), Decimals.trim(i.max()), i.kind(), i.prevCode()));
            }
        }
        return lines;
    }

    private static List<String> targetRows(List<Target> targets) {
        List<String> lines = new ArrayList<>();
        lines.add("province,unit_id,year,index,code,kind,value,source");
        for (Target t : targets) {
            lines.add(String.join(",", csv(t.province()), t.unitId(), String.valueOf(t.year()), t.index(), t.code(),
                    t.kind(), t.value(), csv(t.source())));
        }
        return lines;
    }

    private static List<String> tableSizeRows(List<TableSize> tableSizes) {
        List<String> lines = new ArrayList<>();
        lines.add("province,tier,index,year_from,year_to,members");
        for (TableSize t : tableSizes) {
            lines.add(String.join(",", csv(t.province()), t.tier(), t.index(), String.valueOf(t.yearFrom()),
                    t.yearTo() == null ? "" : String.valueOf(t.yearTo()), String.valueOf(t.members())));
        }
        return lines;
    }

    private static void write(Path file, List<String> lines) throws IOException {
        String text = lines.stream().map(l -> Normalizer.normalize(l, Normalizer.Form.NFC))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A field as the product writes it (CsvFormat); the lines are joined here, LF-ended as the bundled files are. */
    private static String csv(String s) {
        return CsvFormat.field(s);
    }
}
