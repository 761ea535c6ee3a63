package dev.sls.ibkey.app.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A parsed command line: the command, its positional words and its {@code --name value} options. */
final class CliArgs {

    static final Set<String> GLOBAL_OPTIONS = Set.of("state", "device-name", "platform");

    private final String command;
    private final List<String> positionals;
    private final Map<String, String> options;

    private CliArgs(String command, List<String> positionals, Map<String, String> options) {
        this.command = command;
        this.positionals = positionals;
        this.options = options;
    }

    /** Options may come anywhere, as {@code --name value} or {@code --name=value}; every option takes a value. */
    static CliArgs parse(String[] args) {
        List<String> words = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new CliArgs("help", List.of(), Map.of());
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                words.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
            if (options.put(name, value) != null) {
                throw new UsageException("--" + name + " is given twice");
            }
        }
        String command = words.isEmpty() ? "help" : words.remove(0);
        return new CliArgs(command, List.copyOf(words), options);
    }

    String command() {
        return command;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    Optional<Integer> intOption(String name) {
        return option(name).map(value -> {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a whole number, was '" + value + "'");
            }
        });
    }

    /** Refuses options this command does not know and a wrong number of positional words. */
    CliArgs expect(int positionalCount, String positionalName, String... allowedOptions) {
        Set<String> allowed = new HashSet<>(GLOBAL_OPTIONS);
        allowed.addAll(List.of(allowedOptions));
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new UsageException(command + " does not take --" + name);
            }
        }
        if (positionals.size() < positionalCount) {
            throw new UsageException(command + " needs " + positionalName);
        }
        if (positionals.size() > positionalCount) {
            throw new UsageException(command + " does not expect '" + positionals.get(positionalCount) + "'");
        }
        return this;
    }

    /** Like {@link #expect} for commands whose positional words are optional (up to {@code max}). */
    CliArgs expectAtMost(int max, String... allowedOptions) {
        Set<String> allowed = new HashSet<>(GLOBAL_OPTIONS);
        allowed.addAll(List.of(allowedOptions));
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new UsageException(command + " does not take --" + name);
            }
        }
        if (positionals.size() > max) {
            throw new UsageException(command + " does not expect '" + positionals.get(max) + "'");
        }
        return this;
    }

    int positionalCount() {
        return positionals.size();
    }

    String positional(int index) {
        return positionals.get(index);
    }
}
