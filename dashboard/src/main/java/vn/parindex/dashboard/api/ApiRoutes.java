package vn.parindex.dashboard.api;

import vn.parindex.marts.Columns;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.SnapshotSource;
import vn.parindex.dashboard.snapshot.UnitYearKey;
import vn.parindex.dashboard.web.ClientError;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.ReadOnlyRoutes;
import vn.parindex.dashboard.web.ResponseCache;
import vn.parindex.dashboard.web.Responses;
import vn.parindex.dashboard.web.Selection;
import vn.parindex.marts.DeliveryStatus;

/** The JSON API of contract section 5; answers are cached per snapshot and request, with an ETag. */
public final class ApiRoutes {
    private static final String JSON = "application/json; charset=utf-8";

    private final SnapshotSource source;
    private final ResponseCache cache;
    private final ObjectMapper mapper = RowJson.mapper();

    public ApiRoutes(SnapshotSource source, ResponseCache cache) {
        this.source = source;
        this.cache = cache;
    }

    public void install(Javalin app) {
        ReadOnlyRoutes.get(app, "/api/health", ctx -> {
            Map<String, Object> health = new LinkedHashMap<>();
            health.put("status", "ok");
            health.put("snapshot", source.current().id());
            DeliveryStatus.read(source.warehouse()).ifPresent(delivery -> health.put("delivery", delivery(delivery)));
            ctx.header("Cache-Control", "no-store").contentType(JSON).result(mapper.writeValueAsBytes(health));
        });
        ReadOnlyRoutes.get(app, "/api/rankings", ctx -> cached(ctx, (snapshot, params) ->
                snapshot.ranking(Selection.required(params, snapshot))));
        ReadOnlyRoutes.get(app, "/api/units/{unit}/history", ctx -> cached(ctx, (snapshot, params) -> {
            String index = params.index();
            List<MartRow> rows = knownUnit(snapshot, params).stream()
                    .filter(r -> index.equals(r.get(Columns.INDEX))).toList();
            if (rows.isEmpty()) {
                throw ClientError.notFound("đơn vị không có dữ liệu " + index);
            }
            return rows;
        }));
        ReadOnlyRoutes.get(app, "/api/units/{unit}/components", ctx -> cached(ctx, (snapshot, params) ->
                snapshot.components(unitYear(snapshot, params))));
        ReadOnlyRoutes.get(app, "/api/units/{unit}/goals", ctx -> cached(ctx, (snapshot, params) ->
                snapshot.goals(unitYear(snapshot, params))));
        ReadOnlyRoutes.get(app, "/api/tasks", ctx -> cached(ctx, TaskQuery::rows));
    }

    /** The last delivery of the subscriptions' mails, in figures (no addresses). */
    private static Map<String, Object> delivery(DeliveryStatus status) {
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("at", status.at());
        delivery.put("snapshot", status.snapshot());
        delivery.put("composed", status.composed());
        delivery.put("sent", status.sent());
        delivery.put("waiting", status.waiting());
        delivery.put("failed", status.failed());
        delivery.put("reason", status.reason());
        return delivery;
    }

    /** The unit-year of a unit route's year and index: 400 without a year, 404 when the unit has no such year. */
    private UnitYearKey unitYear(Snapshot snapshot, Params params) {
        String unit = knownUnit(snapshot, params).get(0).get(Columns.UNIT_ID);
        String index = params.index();
        Integer year = params.year("year");
        if (year == null) {
            throw ClientError.badRequest("thiếu tham số year");
        }
        if (snapshot.unitYears(unit).stream().noneMatch(r -> index.equals(r.get(Columns.INDEX))
                && year.equals(r.get(Columns.YEAR)))) {
            throw ClientError.notFound("đơn vị không có dữ liệu " + index + " năm " + year);
        }
        return new UnitYearKey(unit, index, year);
    }

    private List<MartRow> knownUnit(Snapshot snapshot, Params params) {
        String unit = params.path("unit");
        List<MartRow> rows = snapshot.unitYears(unit);
        if (rows.isEmpty()) {
            throw ClientError.notFound("không có đơn vị " + unit);
        }
        return rows;
    }

    private void cached(Context ctx, BiFunction<Snapshot, Params, List<MartRow>> rows) {
        Snapshot snapshot = source.current();
        ResponseCache.Entry entry = cache.get(Responses.cacheKey(snapshot.id(), ctx), () -> {
            try {
                return ResponseCache.entry(mapper.writeValueAsBytes(rows.apply(snapshot, new Params(ctx))), JSON);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        Responses.send(ctx, entry, Responses.REVALIDATE);
    }
}
