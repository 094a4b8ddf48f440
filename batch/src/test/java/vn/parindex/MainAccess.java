package vn.parindex;

import java.io.PrintStream;

/** Lets tests of other packages run a command line without System.exit. */
public final class MainAccess {
    private MainAccess() {
    }

    public static int exitCode(String[] args, PrintStream out) {
        return Main.exitCode(args, out);
    }

    public static java.time.LocalDate asOf(String given) {
        return Main.asOf(given);
    }
}
