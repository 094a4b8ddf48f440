package vn.parindex.sampledata;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the bundled sample input of parindex, data/reference/*.csv and data/scores/**.csv, byte-identical on every
 * run (fixed seeds). Usage: {@code GenerateSampleData [DATA_FOLDER]} (default ./data, so run it from the repository
 * root). Nothing is written, and the exit code is 1, when the data would contradict the seeds or break a
 * plausibility rule; the product's `./parindex validate` then checks the contract on what was written.
 */
public final class GenerateSampleData {
    private GenerateSampleData() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path data = Path.of(args.length > 0 ? args[0] : "data");
        if (args.length == 0 && !Files.isDirectory(data)) {
            out.println("GenerateSampleData: no ./data folder here; run from the repository root or name the folder");
            System.exit(2);
        }
        System.exit(run(data, out));
    }

    /** Generates into {@code data}; returns the exit code. */
    static int run(Path data, PrintStream out) throws IOException {
        SampleData bundle = SampleData.generate();
        if (!bundle.violations().isEmpty()) {
            bundle.violations().forEach(v -> out.println("VIOLATION: " + v));
            out.println("GenerateSampleData: " + bundle.violations().size() + " violation(s); nothing written");
            return 1;
        }
        int files = new SampleDataWriter(data).write(bundle);
        out.println("Wrote " + bundle.units().all().size() + " units, " + bundle.methodology().itemCount()
                + " methodology items, " + bundle.targets().size() + " targets, " + bundle.scores().rows().size()
                + " score rows in " + files + " files.");
        out.println("Plausibility of the synthetic data:");
        bundle.figures().forEach(n -> out.println("  " + n));
        out.println("Fitting the synthetic values to the real figures:");
        bundle.fitNotes().forEach(n -> out.println("  " + n));
        return 0;
    }
}
