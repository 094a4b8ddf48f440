package vn.parindex.compute;

import org.apache.spark.sql.SparkSession;

/**
 * One SparkSession per JVM, tuned for small data: no UI, in-memory catalog, few shuffle partitions, AQE on.
 * The same code runs on a cluster: pass its master URL instead of local[*].
 */
public final class SparkSessions {
    private static SparkSession session;

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
                    .config("spark.sql.adaptive.enabled", System.getProperty("parindex.aqe", "true"))
                    .config("spark.sql.codegen.wholeStage", System.getProperty("parindex.codegen", "true"))
                    .config("spark.sql.shuffle.partitions", String.valueOf(local ? Math.max(2, Runtime.getRuntime().availableProcessors()) : 64))
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.sql.sources.partitionOverwriteMode", "static")
                    .config("spark.hadoop.parquet.summary.metadata.level", "NONE")
                    .config("spark.sql.parquet.compression.codec", "snappy")
                    .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
            if (local) {
                builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
            session = builder.getOrCreate();
        }
        return session;
    }

    public static synchronized boolean started() {
        return session != null;
    }

    /**
     * Sizes the shuffle partitions to this run's data: the cores for provincial data, one more per ~200,000 score
     * rows at national scale (AQE then coalesces what turns out small).
     */
    public static synchronized void sizeShufflePartitions(SparkSession spark, long scoreRows) {
        int cores = spark.sparkContext().defaultParallelism();
        long partitions = Math.min(400, Math.max(cores, scoreRows / 200_000));
        spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    }

    /** Drops the cached tables of a finished run; the session itself stays for the next one. */
    public static synchronized void clearCache() {
        if (session != null) {
            session.catalog().clearCache();
        }
    }
}
