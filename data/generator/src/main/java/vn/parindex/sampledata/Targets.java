package vn.parindex.sampledata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The plan targets (reference/targets.csv), as transcribed from the seeds into sources/targets.csv. One target
 * depends on the data: seed 004 asks BKN-STTTT to raise its weakest SIPAS factors, so a code written
 * "{N weakest factors of YEAR}" becomes one row per factor: the N level-1 items with the lowest share of their
 * maximum in the unit's YEAR scores (ties by code), in code order.
 */
final class Targets {
    private static final Pattern WEAKEST = Pattern.compile("\\{(\\d+) weakest factors of (\\d{4})}");

    private final List<Target> transcribed;

    private Targets(List<Target> transcribed) {
        this.transcribed = transcribed;
    }

    static Targets load() {
        List<Target> rows = new ArrayList<>();
        for (Map<String, String> r : SourceCsv.read("targets.csv")) {
            rows.add(new Target(r.get("province"), r.get("unit_id"), Integer.parseInt(r.get("year")), r.get("index"),
                    r.get("code"), r.get("kind"), r.get("value"), r.get("source")));
        }
        return new Targets(List.copyOf(rows));
    }

    /** The targets as transcribed, data-dependent codes not yet filled in. */
    List<Target> transcribed() {
        return transcribed;
    }

    /** The targets to write: every data-dependent code filled in from the scores. */
    List<Target> resolve(Methodology methodology, ScoreBook book, Units units) {
        List<Target> out = new ArrayList<>();
        for (Target t : transcribed) {
            Matcher weakest = WEAKEST.matcher(t.code());
            if (!weakest.matches()) {
                out.add(t);
                continue;
            }
            int year = Integer.parseInt(weakest.group(2));
            for (String code : weakest(methodology, book, units.get(t.unitId()), t.index(), year,
                    Integer.parseInt(weakest.group(1)))) {
                out.add(new Target(t.province(), t.unitId(), t.year(), t.index(), code, t.kind(), t.value(), t.source()));
            }
        }
        return out;
    }

    private static List<String> weakest(Methodology methodology, ScoreBook book, Unit u, String index, int year, int n) {
        List<Item> tree = methodology.tree(u.province(), u.tier(), year, index);
        Map<String, String> given = new HashMap<>();
        book.rows(u.province(), year, index).stream().filter(s -> s.unitId().equals(u.id()))
                .forEach(s -> given.put(s.code(), s.score()));
        return tree.stream().filter(Item::levelOne)
                .sorted(Comparator.comparingDouble((Item i) -> OfficialValues.itemScore(tree, i, given) / i.max())
                        .thenComparing(Item::code))
                .limit(n).map(Item::code).sorted().collect(Collectors.toList());
    }
}
