package vn.parindex.compute;

import org.apache.spark.sql.SparkSession;
import org.slf4j.LoggerFactory;

/**
 * One SparkSession per JVM: no UI, in-memory catalog, shuffle partitions sized to the run's rows. The same code runs
 * on a cluster: pass its master URL instead of local[*].
 *
 * <p>Adaptive execution is off and joins may be co-partitioned on some of their keys: the computation lays the score
 * rows out by province once ({@link ByProvince}) and keeps that layout to the marts. Adaptive execution would forget
 * it at every materialised stage (a local checkpoint of an adaptive plan reports no partitioning), and a join of two
 * tables hashed by province on keys that include the province needs no shuffle. The small reference tables are
 * broadcast by explicit hints instead of adaptive re-planning.
 */
public final class SparkSessions {
    /** From this many score rows on, a run's queries are compiled to Java code (see {@link #sizeTo}). */
    static final long COMPILED_FROM = 250_000;

    private static SparkSession session;
    private static boolean warmedUp;

    private SparkSessions() {
    }

    public static synchronized SparkSession get(String master) {
        if (session == null) {
            boolean local = master.startsWith("local");
            SparkSession.Builder builder = SparkSession.builder()
                    .appName("parindex-nightly")
                    .master(master)
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.catalogImplementation", "in-memory")
                    .config("spark.sql.adaptive.enabled", System.getProperty("parindex.aqe", "false"))
                    .config("spark.sql.requireAllClusterKeysForCoPartition", "false")
                    // the staged parts are one folder per accepted file (448 nationally): list them on the driver
                    // instead of a listing job of one task per folder
                    .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000")
                    .config("spark.sql.shuffle.partitions", String.valueOf(local ? Math.max(2, Runtime.getRuntime().availableProcessors()) : 64))
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.sql.sources.partitionOverwriteMode", "static")
                    .config("spark.hadoop.parquet.summary.metadata.level", "NONE")
                    .config("spark.sql.parquet.compression.codec", "snappy")
                    .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
                    // the stages kept on disk (OnDisk) are read back through this serializer: Java serialization of
                    // millions of rows cost 7 % of a national run's samples; Kryo without reference tracking (rows
                    // hold no shared objects) reads them at a fraction of that
                    .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                    .config("spark.kryo.referenceTracking", "false");
            if (local) {
                builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
            session = builder.getOrCreate();
        }
        return session;
    }

    /**
     * Starts the session on a daemon thread, so that its start-up (class loading, the local executor) overlaps the
     * work before the compute step; the first time in a local JVM it then runs {@link SparkWarmUp}. A failure here is
     * left for {@link #get} to meet again and report.
     */
    public static void startInBackground(String master) {
        Thread starter = new Thread(() -> {
            try {
                SparkSession spark = get(master);
                if (master.startsWith("local") && firstWarmUp()) {
                    SparkWarmUp.run(spark);
                }
            } catch (Exception e) { // Spark's own exceptions are checked ones Java does not see declared
                LoggerFactory.getLogger(SparkSessions.class).debug("Spark did not start in the background", e);
            }
        }, "spark-start");
        starter.setDaemon(true);
        starter.start();
    }

    private static synchronized boolean firstWarmUp() {
        boolean first = !warmedUp;
        warmedUp = true;
        return first;
    }

    public static synchronized boolean started() {
        return session != null;
    }

    /**
     * Sizes the session to this run's data. Shuffle partitions: the cores for provincial data, one more per ~200,000
     * score rows at national scale (about 20 MB of wide rows per partition), at most 400. Generated code: below
     * {@link #COMPILED_FROM} score rows the expressions are interpreted, as compiling the generated code of some fifty
     * queries costs more than it saves on so few rows (bundled data: compute 20 s instead of 26 s, the same output).
     */
    public static synchronized void sizeTo(SparkSession spark, long scoreRows) {
        int cores = spark.sparkContext().defaultParallelism();
        long partitions = Math.min(400, Math.max(cores, scoreRows / 200_000));
        spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
        boolean compiled = scoreRows >= COMPILED_FROM;
        spark.conf().set("spark.sql.codegen.wholeStage", String.valueOf(compiled));
        spark.conf().set("spark.sql.codegen.factoryMode", compiled ? "FALLBACK" : "NO_CODEGEN");
    }

    /** Drops the cached tables of a finished run; the session itself stays for the next one. */
    public static synchronized void clearCache() {
        if (session != null) {
            session.catalog().clearCache();
        }
    }
}
