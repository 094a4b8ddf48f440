package vn.parindex.delivery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.CsvTable;
import vn.parindex.csv.InputFileException;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.plans.PlanUnits;
import vn.parindex.quality.Issue;
import vn.parindex.reference.InputCodes;
import vn.parindex.reference.Resolution;
import vn.parindex.reference.Unit;
import vn.parindex.reference.UnitRegistry;
import vn.parindex.text.Names;

/**
 * Reads the subscriptions file (contract section 6: {@code email,name,province,unit,index,send}) with the product's
 * CSV reading (UTF-8 with or without BOM, {@code ,} or {@code ;}, header names in any case). A row with an invalid
 * address, an unknown province or unit, an unknown index or an unknown {@code send} word is reported (every problem
 * of it, with file, line and column) and skipped; the others are served. Rows for one address are merged.
 */
public final class SubscriptionsFile {
    /** What a bad row's issue says was done with it. */
    public static final String SKIPPED = "row skipped";

    private SubscriptionsFile() {
    }

    /** The subscribers of a file and the problems found in it. */
    public record Read(List<Subscriber> subscribers, List<Issue> issues) {
        public Read {
            subscribers = List.copyOf(subscribers);
            issues = List.copyOf(issues);
        }
    }

    /**
     * @param year the year units are resolved for (the run's): a name shared by a unit merged away and its successor
     *             means the one that exists then, else the only unit known by that name
     */
    public static Read read(Path file, UnitRegistry units, int year) {
        String shown = file.toString();
        CsvTable table;
        try {
            table = CsvTable.read(file, List.of("email", "province"));
        } catch (InputFileException e) {
            return new Read(List.of(), List.of(issue(shown, e.line(), "", e.rule(), e.getMessage())));
        } catch (IOException e) {
            return new Read(List.of(), List.of(issue(shown, 0, "", "unreadable_file",
                    "cannot read the subscriptions file: " + e.getMessage())));
        }
        List<Issue> issues = new ArrayList<>();
        Map<String, SubscriberRows> byAddress = new LinkedHashMap<>();
        for (CsvRecord row : table.rows()) {
            if (!row.isBlank()) {
                parse(table, row, shown, units, year, issues).ifPresent(parsed -> byAddress
                        .computeIfAbsent(MailAddresses.key(parsed.address()), k -> new SubscriberRows(parsed.address()))
                        .add(parsed));
            }
        }
        return new Read(byAddress.values().stream().map(SubscriberRows::subscriber).toList(), issues);
    }

    /** One valid row. */
    private record Row(String address, String name, Subscription subscription) {
    }

    private static Optional<Row> parse(CsvTable table, CsvRecord row, String file, UnitRegistry units, int year,
                                       List<Issue> issues) {
        int line = row.line();
        int before = issues.size();
        String address = table.get(row, "email");
        MailAddresses.problem(address).ifPresent(problem -> issues.add(issue(file, line, "email",
                address.isEmpty() ? "missing_value" : "invalid_address", problem)));
        String province = null;
        String writtenProvince = table.get(row, "province");
        if (writtenProvince.isEmpty()) {
            issues.add(issue(file, line, "province", "missing_value", "the province is empty"));
        } else {
            Resolution<String> found = units.province(writtenProvince);
            if (found.ok()) {
                province = found.value();
            } else {
                issues.add(issue(file, line, "province", found.rule(), found.message()));
            }
        }
        String unitId = null;
        String writtenUnit = table.get(row, "unit");
        if (province != null && !writtenUnit.isEmpty()) {
            Resolution<Unit> found = PlanUnits.resolve(units, province, year, writtenUnit);
            if (found.ok()) {
                unitId = found.value().unitId();
            } else {
                issues.add(issue(file, line, "unit", found.rule(), found.message()));
            }
        }
        String writtenIndex = table.get(row, "index");
        Optional<ScoreIndex> index = writtenIndex.isEmpty() ? Optional.of(ScoreIndex.PAR)
                : InputCodes.index(writtenIndex);
        if (index.isEmpty()) {
            issues.add(issue(file, line, "index", "unknown_index", "index '" + writtenIndex
                    + "' is not PAR, SIPAS or PAPI"));
        }
        Set<NewsKind> kinds = kinds(table.get(row, "send"), file, line, issues);
        if (issues.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Row(address, table.get(row, "name"),
                new Subscription(province, unitId, index.get().code(), kinds)));
    }

    /** {@code briefing}, {@code tasks} or both joined by {@code ;}; blank: both. */
    private static Set<NewsKind> kinds(String written, String file, int line, List<Issue> issues) {
        Set<NewsKind> kinds = EnumSet.noneOf(NewsKind.class);
        for (String word : written.split(";")) {
            if (word.isBlank()) {
                continue;
            }
            Optional<NewsKind> kind = NewsKind.of(word);
            if (kind.isPresent()) {
                kinds.add(kind.get());
            } else {
                issues.add(issue(file, line, "send", "unknown_send", "send '" + Names.clean(word)
                        + "' is not briefing or tasks (or both, joined by ';')"));
            }
        }
        return kinds;
    }

    private static Issue issue(String file, int line, String column, String rule, String message) {
        return Issue.error(file, line, column, rule, message).withAction(SKIPPED);
    }

    /** The rows of one address, merged: one subscription per unit (or province) and index, their kinds joined. */
    private static final class SubscriberRows {
        private final String address;
        private String name = "";
        private final List<Subscription> subscriptions = new ArrayList<>();

        SubscriberRows(String address) {
            this.address = address;
        }

        void add(Row row) {
            if (name.isEmpty()) {
                name = row.name();
            }
            Subscription added = row.subscription();
            for (int i = 0; i < subscriptions.size(); i++) {
                Subscription known = subscriptions.get(i);
                if (known.sameScope(added)) {
                    Set<NewsKind> kinds = EnumSet.copyOf(known.kinds());
                    kinds.addAll(added.kinds());
                    subscriptions.set(i, new Subscription(known.province(), known.unitId(), known.index(), kinds));
                    return;
                }
            }
            subscriptions.add(added);
        }

        Subscriber subscriber() {
            return new Subscriber(address, name, subscriptions);
        }
    }
}
