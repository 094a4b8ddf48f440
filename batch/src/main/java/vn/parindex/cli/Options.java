package vn.parindex.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line: a command, --name value options, --flags and positional paths. */
public final class Options {
    private static final Set<String> FLAGS = Set.of("force", "help", "allow-empty");

    private final String command;
    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Options(String command) {
        this.command = command;
    }

    public static Options parse(String[] args) {
        Options options = new Options(args.length == 0 ? "help" : args[0]);
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    options.values.put(name.substring(0, equals), name.substring(equals + 1));
                } else if (FLAGS.contains(name)) {
                    options.values.put(name, "true");
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    options.values.put(name, args[++i]);
                } else { // reported by allow(), after unknown names: "--bogus" is unknown before it lacks a value
                    options.values.put(name, null);
                }
            } else {
                options.positional.add(arg);
            }
        }
        return options;
    }

    /**
     * Refuses what the command does not know: an unknown option (a typo such as --warehose must not run against
     * the default warehouse) or positional arguments where none are taken.
     */
    public Options allow(Set<String> known, boolean positionalAllowed) {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + " for '" + command + "'");
            }
        }
        for (Map.Entry<String, String> option : values.entrySet()) {
            if (option.getValue() == null) {
                throw new IllegalArgumentException("option --" + option.getKey() + " needs a value");
            }
        }
        if (!positionalAllowed && !positional.isEmpty()) {
            throw new IllegalArgumentException("'" + command + "' takes no argument '" + positional.get(0) + "'");
        }
        return this;
    }

    public String command() {
        return command;
    }

    public String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(values.get(name));
    }

    public List<String> positional() {
        return positional;
    }

    /** A path option; relative paths are taken from the current folder, the default from the product's home. */
    public Path path(String name, Path fallback) {
        String given = values.get(name);
        return given == null ? fallback : Path.of(given).toAbsolutePath().normalize();
    }
}
