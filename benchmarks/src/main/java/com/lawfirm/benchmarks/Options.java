package com.lawfirm.benchmarks;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} options over defaults; an unknown one stops the benchmark with the known ones. */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(String[] args, Map<String, String> defaults) {
        Map<String, String> options = new HashMap<>(defaults);
        for (int i = 0; i < args.length; i += 2) {
            if (!defaults.containsKey(args[i]) || i + 1 >= args.length) {
                System.err.println("options: " + defaults.keySet() + " each with a value");
                System.exit(2);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
