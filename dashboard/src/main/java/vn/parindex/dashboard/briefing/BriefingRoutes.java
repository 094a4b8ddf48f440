package vn.parindex.dashboard.briefing;

import vn.parindex.marts.Columns;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.BriefingFiles;
import vn.parindex.briefings.Briefings;
import vn.parindex.briefings.data.ComparisonRequest;
import vn.parindex.marts.records.TableKey;
import vn.parindex.briefings.data.TaskListRequest;
import vn.parindex.marts.records.UnitYear;
import vn.parindex.dashboard.comparison.ComparisonChoice;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.SnapshotSource;
import vn.parindex.dashboard.web.ClientError;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.ReadOnlyRoutes;
import vn.parindex.dashboard.web.ResponseCache;
import vn.parindex.dashboard.web.Responses;
import vn.parindex.dashboard.web.Selection;

/**
 * The downloads: the province-year briefing, a unit-year briefing, the comparison export, the draft plan (Word) and
 * the task lists (Excel), built from the current snapshot with the same writers as the nightly run (so any year can be had, not only the nightly ones)
 * and cached per snapshot and request like the charts.
 */
public final class BriefingRoutes {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Writes a workbook into a stream. */
    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** A resolved request: the file's name, type and how to write it (resolving is cheap; writing is cached). */
    private record Download(String fileName, String contentType, Writer writer) {
        Download(String fileName, Writer writer) {
            this(fileName, XLSX, writer);
        }
    }

    /** Resolves the request's choices, or throws a ClientError for an unknown or malformed one. */
    @FunctionalInterface
    private interface Resolver {
        Download resolve(Snapshot snapshot, Params params);
    }

    private final SnapshotSource source;
    private final ResponseCache cache;
    private final SnapshotBriefingData briefingData = new SnapshotBriefingData();
    private final PlanDownloads plans = new PlanDownloads();

    public BriefingRoutes(SnapshotSource source, ResponseCache cache) {
        this.source = source;
        this.cache = cache;
    }

    /** The address of the province briefing of a ranking table. */
    public static String provinceUrl(RankingKey key) {
        return vn.parindex.dashboard.web.Url.of("briefings", "province.xlsx").param("province", key.province())
                .param("tier", key.tier()).param("index", key.index()).param("year", key.year()).toString();
    }

    /** The address of a unit's briefing for one index and year. */
    public static String unitUrl(String unitId, String index, int year) {
        return vn.parindex.dashboard.web.Url.of("briefings", "unit", unitId + ".xlsx").param("index", index)
                .param("year", year).toString();
    }

    public void install(Javalin app) {
        app.events(events -> events.serverStarted(this::warmUp));
        ReadOnlyRoutes.get(app, "/briefings/province.xlsx", ctx -> send(ctx, this::province));
        ReadOnlyRoutes.get(app, "/briefings/unit/{file}", ctx -> send(ctx, this::unit));
        ReadOnlyRoutes.get(app, "/briefings/compare.xlsx", ctx -> send(ctx, this::comparison));
        // /plans/<unit>.docx: the draft plan; /plans/tasks.xlsx?province=: a province's tasks
        ReadOnlyRoutes.get(app, "/plans/{file}", ctx -> send(ctx, this::planFile));
        ReadOnlyRoutes.get(app, "/plans/{unit}/tasks.xlsx", ctx -> send(ctx, this::unitTasks));
    }

    /**
     * Builds one workbook (of the first province) in the background once the server is up, so the first planner to
     * click a download does not wait for POI's start-up (about a second) on top of the workbook.
     */
    private void warmUp() {
        Thread warm = new Thread(() -> {
            try {
                Snapshot snapshot = source.current();
                if (snapshot.provinces().isEmpty()) {
                    return;
                }
                BriefingData data = briefingData.province(snapshot, snapshot.provinces().get(0));
                data.latestUnitYears().stream().findFirst().ifPresent(unitYear -> {
                    try {
                        Briefings.writeUnit(data, unitYear, OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (RuntimeException e) {
                // nothing published yet, or a bad snapshot: the first real request reports it
            }
        }, "briefings-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private Download province(Snapshot snapshot, Params params) {
        RankingKey key = Selection.required(params, snapshot);
        TableKey table = new TableKey(key.province(), key.tier(), key.index(), key.year());
        if (snapshot.ranking(key).stream().allMatch(r -> r.get(Columns.RANK) == null)) {
            throw ClientError.notFound("bảng xếp hạng này không có đơn vị được xếp hạng");
        }
        return new Download(BriefingFiles.province(Path.of(""), table).getFileName().toString(),
                out -> Briefings.writeProvince(briefingData.province(snapshot, key.province()), table, out));
    }

    /** Built on demand from the unit's province alone (the nightly run writes province workbooks only). */
    private Download unit(Snapshot snapshot, Params params) {
        String file = params.path("file");
        if (!file.endsWith(".xlsx")) {
            throw ClientError.notFound("chỉ có tệp .xlsx");
        }
        String unitId = file.substring(0, file.length() - ".xlsx".length());
        Integer year = params.year("year");
        String index = params.index();
        List<MartRow> history = snapshot.unitYears(unitId, index);
        if (history.isEmpty()) {
            throw ClientError.notFound("không có đơn vị " + unitId + " với chỉ số " + index);
        }
        UnitYear unitYear = new UnitYear(unitId, index, year != null ? year
                : history.get(history.size() - 1).get(Columns.YEAR));
        MartRow result = history.stream().filter(r -> r.get(Columns.YEAR) == unitYear.year()).findFirst()
                .orElseThrow(() -> ClientError.notFound("đơn vị không có kết quả năm " + unitYear.year()));
        return new Download(BriefingFiles.unit(Path.of(""), unitYear).getFileName().toString(),
                out -> Briefings.writeUnit(briefingData.province(snapshot, result.get(Columns.PROVINCE)), unitYear, out));
    }

    private Download comparison(Snapshot snapshot, Params params) {
        ComparisonChoice choice = ComparisonChoice.resolve(snapshot, params);
        List<String> units = choice.rows().stream().map(r -> r.get(Columns.UNIT_ID)).distinct().toList();
        // highlight=ID (repeatable): the lines that keep a colour when the chart has more than eight
        List<String> highlighted = params.all("highlight").stream().filter(units::contains).toList();
        ComparisonRequest request = new ComparisonRequest(choice.index(), units, choice.years(), highlighted);
        return new Download("so-sanh_" + BriefingFiles.slug(choice.type() == null ? "don-vi-chon" : choice.type())
                + "_" + choice.index() + ".xlsx", out -> Briefings.writeComparison(SnapshotBriefingData.units(snapshot, units), request, out));
    }

    private Download planFile(Snapshot snapshot, Params params) {
        String file = params.path("file");
        if (file.equals("tasks.xlsx")) {
            BriefingData data = plans.provinceData(snapshot, briefingData, params);
            TaskListRequest request = plans.provinceTasks(snapshot, data, params);
            return new Download(BriefingFiles.tasksName(request), out -> Briefings.writeTasks(data, request, out));
        }
        if (!file.endsWith(".docx")) {
            throw ClientError.notFound("chỉ có tệp .docx (dự thảo kế hoạch) hoặc tasks.xlsx");
        }
        String unitId = file.substring(0, file.length() - ".docx".length());
        BriefingData data = plans.unitData(snapshot, briefingData, unitId);
        UnitYear results = plans.results(snapshot, data, unitId, params);
        return new Download(BriefingFiles.planDraftName(results), DOCX,
                out -> Briefings.writePlanDraft(data, results, out));
    }

    private Download unitTasks(Snapshot snapshot, Params params) {
        BriefingData data = plans.unitData(snapshot, briefingData, params.path("unit"));
        TaskListRequest request = plans.unitTasks(snapshot, data, params.path("unit"), params);
        return new Download(BriefingFiles.tasksName(request), out -> Briefings.writeTasks(data, request, out));
    }

    private void send(Context ctx, Resolver resolver) {
        Snapshot snapshot = source.current();
        Download download = resolver.resolve(snapshot, new Params(ctx));
        ResponseCache.Entry entry = cache.get(Responses.cacheKey(snapshot.id(), ctx), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                download.writer().write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return ResponseCache.entry(out.toByteArray(), download.contentType());
        });
        ctx.header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
        Responses.send(ctx, entry, Responses.REVALIDATE);
    }
}
