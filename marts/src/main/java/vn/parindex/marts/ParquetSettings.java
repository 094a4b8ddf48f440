package vn.parindex.marts;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.HadoopParquetConfiguration;
import org.apache.parquet.conf.ParquetConfiguration;

/**
 * The one configuration every mart part file is read and written with, loaded once per JVM. Left to themselves,
 * Parquet's readers and writers make a new Hadoop configuration per file, which parses Hadoop's default XML resources
 * again: a tenth of the ingest's time (a part file per score file) and of reading a mart one province at a time.
 * Only ever read, so the threads of the ingest and the dashboard share it.
 */
final class ParquetSettings {
    static final ParquetConfiguration CONFIGURATION = loaded();

    private ParquetSettings() {
    }

    private static ParquetConfiguration loaded() {
        Configuration hadoop = new Configuration();
        hadoop.get("parquet.page.size"); // parses the default resources here, once, not in a reader's first lookup
        return new HadoopParquetConfiguration(hadoop);
    }
}
