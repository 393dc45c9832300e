package it.mutua.seed;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options with defaults; unknown names are an error, listed with the usage. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(String[] args, Map<String, String> defaults) {
        values.putAll(defaults);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !defaults.containsKey(a.substring(2))) {
                throw new IllegalArgumentException("unknown option " + a);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + a);
            }
            values.put(a.substring(2), args[++i]);
        }
    }

    String get(String name) {
        return values.get(name);
    }

    int integer(String name) {
        try {
            return Integer.parseInt(values.get(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, was " + values.get(name));
        }
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(values.get(name));
    }
}
