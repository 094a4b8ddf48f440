package vn.parindex.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command's progress log goes: WAREHOUSE/logs/parindex.log, so the terminal keeps only what a person needs
 * (the run's summary, warnings and errors) and the full account stays with the data it describes.
 */
public final class RunLog {
    /** The system property the logging configuration (log4j2.xml) reads the file name from. */
    public static final String PROPERTY = "parindex.log.file";

    private RunLog() {
    }

    public static Path in(Path warehouse) {
        return warehouse.resolve("logs").resolve("parindex.log");
    }

    /**
     * Points the log at the warehouse; must run before the first logger is made. A warehouse whose logs folder cannot
     * be made leaves the default (the temporary folder): the run itself then reports the unwritable warehouse.
     */
    public static void useWarehouseOf(String[] args, Path home) {
        try {
            Options options = Options.parse(args);
            if (!options.command().equals("run") && !options.command().equals("schedule")) {
                return; // validate publishes nothing and writes nothing into a warehouse
            }
            Path warehouse = options.path("warehouse", home.resolve("data").resolve("warehouse"));
            Path file = in(warehouse);
            Files.createDirectories(file.getParent());
            System.setProperty(PROPERTY, file.toString());
        } catch (IllegalArgumentException | IOException | SecurityException e) {
            // a bad command line is reported by the command itself; nothing to log yet
        }
    }
}
