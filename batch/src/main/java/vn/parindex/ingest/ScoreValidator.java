package vn.parindex.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.parindex.marts.Provenance;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.quality.Issue;
import vn.parindex.read.ScoreLine;
import vn.parindex.reference.InputCodes;
import vn.parindex.reference.MethodologyItem;
import vn.parindex.reference.MethodologyTree;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.Resolution;
import vn.parindex.reference.TreeKey;
import vn.parindex.reference.Unit;
import vn.parindex.text.Codes;
import vn.parindex.text.Names;
import vn.parindex.text.Numbers;

/** Checks one score line against the contract's rules (section 1.3) and resolves it to a unit and an item. */
public class ScoreValidator implements ItemProcessor<ScoreLine, CheckedLine> {
    private static final double EPSILON = 1e-9;
    /** A RANK beyond any real table (63 provinces, a few hundred communes): the contract's bound (1.3). */
    static final int MAX_RANK = 10_000;
    /** No province, unit, code, number or source needs more; a longer field is an error, not a message. */
    static final int MAX_FIELD_LENGTH = 1_000;

    private final Supplier<ReferenceData> reference;

    public ScoreValidator(Supplier<ReferenceData> reference) {
        this.reference = reference;
    }

    @Override
    public CheckedLine process(ScoreLine line) {
        if (line.fileProblem() != null) {
            return new CheckedLine(line.file(), line.line(), null, List.of(line.fileProblem()), null);
        }
        return new LineCheck(line, reference.get()).run();
    }

    /** The checks of one line; collects every problem rather than stopping at the first. */
    private static final class LineCheck {
        private final ScoreLine line;
        private final ReferenceData reference;
        private final List<Issue> issues = new ArrayList<>();
        private Provenance provenance = Provenance.PUBLISHED;

        LineCheck(ScoreLine line, ReferenceData reference) {
            this.line = line;
            this.reference = reference;
        }

        CheckedLine run() {
            if (hasOverlongField()) {
                return new CheckedLine(line.file(), line.line(), null, List.copyOf(issues), null);
            }
            Resolution<String> province = reference.units().province(line.field("province"));
            report(province, "province");
            Optional<Integer> year = year();
            Optional<ScoreIndex> index = InputCodes.index(line.field("index"));
            if (index.isEmpty()) {
                error("index", "unknown_index", "index '" + line.field("index") + "' is not PAR, SIPAS or PAPI");
            }
            Optional<Unit> unit = Optional.empty();
            if (province.ok() && year.isPresent()) {
                Resolution<Unit> resolved = reference.units().unit(province.value(), year.get(), line.field("unit"));
                report(resolved, "unit");
                unit = Optional.ofNullable(resolved.value());
            }
            Optional<Provenance> provenance = InputCodes.provenance(line.field("provenance"));
            if (provenance.isEmpty()) {
                error("provenance", "bad_provenance", "provenance '" + line.field("provenance")
                        + "' is not published, derived, third_party or synthetic");
            }
            String code = Codes.clean(line.field("code"));
            if (code.isEmpty()) {
                error("code", "missing_value", "code is empty");
            }
            StagedScore staged = null;
            if (unit.isPresent() && index.isPresent() && !code.isEmpty() && provenance.isPresent()) {
                this.provenance = provenance.get();
                staged = stage(unit.get(), year.get(), index.get(), code);
            }
            ProvinceYear touched = province.ok() && year.isPresent() ? new ProvinceYear(province.value(), year.get()) : null;
            return new CheckedLine(line.file(), line.line(), issues.isEmpty() ? staged : null, List.copyOf(issues), touched);
        }

        /** A field longer than any real one is reported by its length, never echoed (or compared) whole. */
        private boolean hasOverlongField() {
            for (String column : ScoreFileReader.COLUMNS) {
                int length = line.field(column).length();
                if (length > MAX_FIELD_LENGTH) {
                    error(column, "field_too_long", column + " is " + length + " characters long (at most "
                            + MAX_FIELD_LENGTH + ")");
                }
            }
            return !issues.isEmpty();
        }

        private Optional<Integer> year() {
            String text = line.field("year");
            try {
                int year = Integer.parseInt(text);
                if (year >= 1990 && year <= 2100) {
                    return Optional.of(year);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error("year", "bad_year", "year '" + text + "' is not a year between 1990 and 2100");
            return Optional.empty();
        }

        private StagedScore stage(Unit unit, int year, ScoreIndex index, String code) {
            String upper = code.toUpperCase(Locale.ROOT);
            TreeKey key = new TreeKey(unit.province(), unit.tier(), year, index);
            Optional<MethodologyTree> tree = reference.methodology().tree(key);
            if (upper.equals(StagedScore.TOTAL)) {
                return published(unit, year, index, StagedScore.TOTAL, totalScale(index, tree), false);
            }
            if (upper.equals(StagedScore.RANK)) {
                // 1 … 10,000, and no more than the table's members where tables.csv gives them (contract 1.3)
                int members = Math.min(MAX_RANK, reference.members(unit.province(), unit.tier(), index, year)
                        .orElse(MAX_RANK));
                return published(unit, year, index, StagedScore.RANK, members, true);
            }
            if (tree.isEmpty()) {
                error("year", "no_methodology", "no methodology for " + key + " (item " + code
                        + "); add it to reference/methodology.csv");
                return null;
            }
            Optional<MethodologyItem> item = tree.get().item(code);
            if (item.isEmpty()) {
                error("code", "unknown_code", "item code '" + code + "' is not in the methodology of " + key
                        + "; known codes: " + knownCodes(tree.get()));
                return null;
            }
            double max = item.get().maxPoints();
            String what = "item " + code + " (" + item.get().name() + ")";
            String scoreText = line.field("score");
            if (isNa(scoreText)) {
                Double self = optionalScore("self_score", max, what);
                return staged(unit, year, index, code, null, true, self);
            }
            Double score = score("score", scoreText, max, what);
            Double self = optionalScore("self_score", max, what);
            return score == null ? null : staged(unit, year, index, code, score, false, self);
        }

        /** PAR and SIPAS totals are on 0–100; PAPI's on its own points scale, the sum of its dimensions' maxima. */
        private static double totalScale(ScoreIndex index, Optional<MethodologyTree> tree) {
            if (index != ScoreIndex.PAPI) {
                return 100;
            }
            return tree.map(t -> t.items().stream().filter(MethodologyItem::isDomain)
                    .mapToDouble(MethodologyItem::maxPoints).sum()).orElse(100.0);
        }

        private StagedScore published(Unit unit, int year, ScoreIndex index, String code, double max, boolean rank) {
            String text = line.field("score");
            if (isNa(text)) {
                return staged(unit, year, index, code, null, true, null);
            }
            OptionalDouble value = Numbers.parse(text);
            if (value.isEmpty()) {
                error("score", "not_a_number", "published " + code + " '" + text + "' is not a number");
                return null;
            }
            double number = value.getAsDouble();
            if (rank && number != Math.rint(number)) {
                error("score", "bad_rank", "published RANK '" + text + "' is not a whole number");
                return null;
            }
            if (rank && (number < 1 || number > max)) {
                error("score", "rank_out_of_range", "published RANK " + text + " is outside 1–"
                        + Numbers.formatShort(max) + (max == MAX_RANK ? " (the largest plausible table)"
                        : " (the table's members in reference/tables.csv)"));
                return null;
            }
            if (!rank && (number < 0 || number > max + EPSILON)) {
                error("score", number < 0 ? "below_zero" : "above_maximum", "published TOTAL " + text
                        + " is outside 0–" + Numbers.formatShort(max) + (index == ScoreIndex.PAPI
                        ? " (PAPI's points scale: the sum of its dimensions' maxima)" : " (the index is on a 0–100 scale)"));
                return null;
            }
            return staged(unit, year, index, code, number, false, null);
        }

        private Double optionalScore(String column, double max, String what) {
            String text = line.field(column);
            if (text.isEmpty() || isNa(text)) {
                return null;
            }
            return score(column, text, max, what);
        }

        private Double score(String column, String text, double max, String what) {
            if (text.isEmpty()) {
                error(column, "missing_value", column + " of " + what + " is empty (write NA when not applicable)");
                return null;
            }
            OptionalDouble value = Numbers.parse(text);
            if (value.isEmpty()) {
                error(column, "not_a_number", column + " '" + text + "' of " + what + " is not a number");
                return null;
            }
            double number = value.getAsDouble();
            if (number < 0) {
                error(column, "below_zero", column + " " + text + " of " + what + " is below 0");
                return null;
            }
            if (number > max + EPSILON) {
                error(column, "above_maximum", column + " " + text + " of " + what + " is above its maximum "
                        + Numbers.format2(max));
                return null;
            }
            return number;
        }

        private StagedScore staged(Unit unit, int year, ScoreIndex index, String code, Double score, boolean na,
                                   Double self) {
            String source = Names.clean(line.field("source"));
            return new StagedScore(line.file(), line.line(), unit.province(), unit.tier(), year, unit.unitId(), index,
                    code, score, na, self, provenance, source.isEmpty() ? null : source);
        }

        private static boolean isNa(String text) {
            String key = Names.key(text);
            return key.equals("na") || key.equals("n/a");
        }

        private static String knownCodes(MethodologyTree tree) {
            List<String> codes = tree.items().stream().map(MethodologyItem::code).toList();
            String shown = codes.stream().limit(12).collect(Collectors.joining(", "));
            return codes.size() > 12 ? shown + ", …" : shown;
        }

        private void report(Resolution<?> resolution, String column) {
            if (!resolution.ok()) {
                error(column, resolution.rule(), resolution.message());
            }
        }

        private void error(String column, String rule, String message) {
            issues.add(Issue.error(line.file(), line.line(), line.columnLabel(column), rule, message));
        }
    }
}
