package vn.parindex.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.quality.Issue;
import vn.parindex.reference.InputCodes;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.Resolution;
import vn.parindex.reference.TreeKey;
import vn.parindex.reference.Unit;
import vn.parindex.text.Codes;

/**
 * Checks one record of a plan file against contract 1.7, reporting every problem rather than the first; the same for
 * every file format. Problems name the record's line and the column as the file names it.
 */
final class PlanRowCheck {
    /** The years a plan can be for; the same bounds as a score file's year. */
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private final PlanRecord row;
    private final String file;
    private final ReferenceData reference;
    private final List<Issue> issues;

    /** Problems are added to {@code issues}. */
    PlanRowCheck(PlanRecord row, String file, ReferenceData reference, List<Issue> issues) {
        this.row = row;
        this.file = file;
        this.reference = reference;
        this.issues = issues;
    }

    /** The task, or empty when the record has an error (the file is then quarantined). */
    Optional<PlanTask> run() {
        if (!row.misfit().isEmpty()) {
            // The values are shifted, so every other check would only report noise.
            issues.add(Issue.error(file, row.line(), "", "extra_fields", row.misfit()));
            return Optional.empty();
        }
        long errorsBefore = errorCount();
        Resolution<String> province = reference.units().province(value("province"));
        if (!province.ok()) {
            error("province", province.rule(), province.message());
        }
        OptionalInt planYear = planYear();
        Optional<ScoreIndex> index = index();
        Optional<LocalDate> doneOn = doneOn();
        Unit unit = null;
        if (province.ok() && planYear.isPresent()) {
            Resolution<Unit> resolved = PlanUnits.resolve(reference.units(), province.value(), planYear.getAsInt(),
                    value("unit"));
            if (resolved.ok()) {
                unit = resolved.value();
            } else {
                error("unit", resolved.rule(), resolved.message());
            }
        }
        String code = Codes.clean(value("code"));
        if (unit != null && index.isPresent() && !code.isEmpty()) {
            TreeKey tree = new TreeKey(unit.province(), unit.tier(), planYear.getAsInt(), index.get());
            if (!PlanItems.known(reference.methodology(), tree, code)) {
                error("code", "unknown_code", "item code '" + code + "' is in no methodology of " + unit.province()
                        + " " + unit.tier().code() + " " + index.get() + " (" + tree + " or any other year)");
            }
        }
        if (planYear.isEmpty()) {
            return Optional.empty();
        }
        Deadline deadline = Deadline.read(value("deadline"), planYear.getAsInt());
        if (!deadline.understood()) {
            issues.add(Issue.warning(file, row.line(), row.label("deadline"), "deadline_not_understood", "deadline '"
                    + deadline.written() + "' is not one the plan grammar reads (Thường xuyên, N lần/năm, Khi …,"
                    + " Theo yêu cầu …, d/m/yyyy, d/m, Trước ngày d tháng m năm yyyy, Quý I/yyyy, Tháng m/yyyy,"
                    + " Năm yyyy, Hằng tháng/quý/năm, Trước ngày d hàng tháng, or parts joined by ';' or numbered"
                    + " 1., 2.): the task is kept with no due date (status deadline_unknown unless done)"));
        }
        if (errorCount() > errorsBefore || unit == null || index.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlanTask(unit.province(), unit.unitId(), planYear.getAsInt(), index.get(), code, file,
                row.line(), value("task"), value("output"), value("lead"), value("partners"), deadline.written(),
                deadline.dueDates(), deadline.understood(), doneOn.orElse(null), value("note")));
    }

    private OptionalInt planYear() {
        String text = value("plan_year");
        try {
            int year = Integer.parseInt(text);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return OptionalInt.of(year);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error("plan_year", "bad_year", "plan_year '" + text + "' is not a year between " + FIRST_YEAR + " and "
                + LAST_YEAR);
        return OptionalInt.empty();
    }

    /** Blank means PAR. */
    private Optional<ScoreIndex> index() {
        String text = value("index");
        Optional<ScoreIndex> index = text.isEmpty() ? Optional.of(ScoreIndex.PAR) : InputCodes.index(text);
        if (index.isEmpty()) {
            error("index", "unknown_index", "index '" + text + "' is not PAR, SIPAS or PAPI (blank means PAR)");
        }
        return index;
    }

    /** Blank means not done; a value that is not a date is an error, not "not done". */
    private Optional<LocalDate> doneOn() {
        String text = value("done_on");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = CalendarDates.parseDoneOn(text);
        if (date.isEmpty()) {
            error("done_on", "bad_date", "done_on '" + text + "' is not a date (yyyy-mm-dd or d/m/yyyy)");
        }
        return date;
    }

    private String value(String column) {
        return row.value(column);
    }

    private long errorCount() {
        return issues.stream().filter(issue -> issue.severity() == Issue.Severity.ERROR).count();
    }

    private void error(String column, String rule, String message) {
        issues.add(Issue.error(file, row.line(), row.label(column), rule, message));
    }
}
