package vn.parindex.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The warm-up query runs real Spark jobs, leaves the run's session settings alone and no folder behind. */
class SparkWarmUpTest {

    @Test
    void runsJobsInASessionOfItsOwnAndCleansUp() throws IOException {
        SparkSession spark = SparkSessions.get("local[2]");
        SparkSessions.sizeTo(spark, 3_000_000);
        String partitions = spark.conf().get("spark.sql.shuffle.partitions");
        String factory = spark.conf().get("spark.sql.codegen.factoryMode");
        List<Path> foldersBefore = warmUpFolders();
        int jobsBefore = spark.sparkContext().statusTracker().getJobIdsForGroup(null).length;

        SparkWarmUp.run(spark);

        assertTrue(spark.sparkContext().statusTracker().getJobIdsForGroup(null).length >= jobsBefore + 3,
                "the warm-up writes, reads and checkpoints");
        assertEquals(partitions, spark.conf().get("spark.sql.shuffle.partitions"));
        assertEquals(factory, spark.conf().get("spark.sql.codegen.factoryMode"));
        assertEquals(foldersBefore, warmUpFolders(), "the warm-up's temporary folder is deleted");
        SparkSessions.sizeTo(spark, 1_000);
    }

    private static List<Path> warmUpFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("parindex-warm-up")).sorted()
                    .toList();
        }
    }
}
