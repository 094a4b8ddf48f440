package vn.parindex.dashboard;

import io.javalin.Javalin;
import vn.parindex.dashboard.api.ApiRoutes;
import vn.parindex.dashboard.briefing.BriefingRoutes;
import vn.parindex.dashboard.chart.ChartRenderer;
import vn.parindex.dashboard.comparison.ComparisonView;
import vn.parindex.dashboard.home.HomeView;
import vn.parindex.dashboard.plan.PlanView;
import vn.parindex.dashboard.plan.ProvincePlanView;
import vn.parindex.dashboard.province.ProvinceView;
import vn.parindex.dashboard.quality.QualityView;
import vn.parindex.dashboard.ranking.RankingView;
import vn.parindex.dashboard.search.SearchView;
import vn.parindex.dashboard.snapshot.SnapshotSource;
import vn.parindex.marts.DeliveryStatus;
import vn.parindex.dashboard.unit.UnitView;
import vn.parindex.dashboard.web.ErrorPages;
import vn.parindex.dashboard.web.JettyErrorPages;
import vn.parindex.dashboard.web.ResponseCache;
import vn.parindex.dashboard.web.SecurityHeaders;
import vn.parindex.dashboard.web.StaticResources;
import vn.parindex.dashboard.web.ViewRoutes;

/** The dashboard web application, built from its dependencies so that tests can start it on port 0. */
public final class DashboardApp {
    /** Rendered charts and API answers kept per snapshot; a chart is tens of kilobytes. */
    private static final long CACHE_BYTES = 48L * 1024 * 1024;

    private final SnapshotSource source;
    private final ChartRenderer charts;
    private final ResponseCache cache;

    public DashboardApp(SnapshotSource source, ChartRenderer charts) {
        this(source, charts, new ResponseCache(CACHE_BYTES));
    }

    public DashboardApp(SnapshotSource source, ChartRenderer charts, ResponseCache cache) {
        this.source = source;
        this.charts = charts;
        this.cache = cache;
    }

    public Javalin create() {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.generateEtags = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorPages()));
        });
        app.before(SecurityHeaders::apply);
        ErrorPages.install(app);
        StaticResources.install(app);
        new ApiRoutes(source, cache).install(app);
        new BriefingRoutes(source, cache).install(app);
        new ViewRoutes(app, source, charts, cache)
                .add("/", new HomeView())
                .add("/ranking", new RankingView())
                .add("/unit/{unit}", new UnitView())
                .add("/compare", new ComparisonView())
                .add("/province", new ProvinceView())
                .add("/quality", new QualityView(() -> DeliveryStatus.read(source.warehouse())))
                .add("/search", new SearchView())
                .add("/plan", new ProvincePlanView())
                .add("/plan/{unit}", new PlanView());
        return app;
    }
}
