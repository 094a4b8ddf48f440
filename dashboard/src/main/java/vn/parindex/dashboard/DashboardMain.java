package vn.parindex.dashboard;

import java.nio.file.Path;
import vn.parindex.dashboard.chart.ChartRenderer;
import vn.parindex.dashboard.snapshot.NoSnapshotException;
import vn.parindex.dashboard.snapshot.SnapshotLoader;
import vn.parindex.dashboard.snapshot.SnapshotSource;

/**
 * {@code ./parindex serve [--port 7070] [--warehouse DIR] [--cache-mb 64]}: serves the warehouse's current snapshot;
 * {@code --cache-mb} bounds the province slices kept in memory (estimated megabytes).
 */
public final class DashboardMain {
    private DashboardMain() {
    }

    public static void main(String[] args) {
        int port = 7070;
        long cacheBytes = SnapshotLoader.DEFAULT_CACHE_BYTES;
        Path warehouse = Path.of(System.getProperty("parindex.home", ".")).resolve("data").resolve("warehouse");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--warehouse" -> warehouse = Path.of(value(args, ++i, "--warehouse"));
                case "--cache-mb" -> cacheBytes = megabytes(value(args, ++i, "--cache-mb"));
                case "serve" -> { }
                default -> usage("unknown option " + args[i]);
            }
        }
        SnapshotSource source = new SnapshotSource(warehouse.toAbsolutePath(), new SnapshotLoader(cacheBytes));
        Thread loading = new Thread(() -> { // while the server starts; early requests wait for it
            try {
                source.current();
            } catch (NoSnapshotException e) {
                System.err.println("parindex: " + e.getMessage() + " — serving anyway; run ./parindex run");
            }
        }, "snapshot-load");
        loading.start();
        new DashboardApp(source, new ChartRenderer()).create().start(port);
        System.err.println("parindex: dashboard at http://localhost:" + port + "/");
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(option + " needs a value");
        }
        return args[i];
    }

    private static long megabytes(String text) {
        try {
            long megabytes = Long.parseLong(text);
            if (megabytes >= 1) {
                return megabytes * 1024 * 1024;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        usage("--cache-mb needs a whole number of megabytes (at least 1), not " + text);
        return 0;
    }

    private static void usage(String problem) {
        System.err.println("parindex serve: " + problem + "\nusage: ./parindex serve [--port 7070] [--warehouse DIR] [--cache-mb 64]");
        System.exit(64);
    }
}
