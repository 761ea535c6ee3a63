package dev.sls.dscplus.simulator.cli;

import dev.sls.dscplus.protocol.CardSerial;
import dev.sls.dscplus.protocol.pskc.PskcProblem;
import dev.sls.dscplus.protocol.pskc.PskcReader;
import dev.sls.dscplus.protocol.pskc.PskcResult;
import dev.sls.dscplus.protocol.pskc.TransportKey;
import dev.sls.dscplus.simulator.CardVendor;
import dev.sls.dscplus.simulator.DscPlusCard;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The DSC+ card on the command line: {@code DscCli respond --serial S --pin P CHALLENGE} prints what the card's display
 * shows. The cards come from their vendor's PSKC file ({@code --cards}, default the demo file).
 */
public final class DscCli {

    static final String DEFAULT_CARDS = "realm-config/demo/dscplus-demo-cards.pskc.xml";
    private static final String USAGE = String.join(System.lineSeparator(),
            "DscCli respond --serial SERIAL --pin PIN [--cards FILE] [--psk HEX | --password PW] CHALLENGE",
            "    what the card shows after PIN> PIN OK, CHALLNG> CHALLENGE OK (the 6-digit challenge on the login page)",
            "DscCli cards [--cards FILE] [--psk HEX | --password PW]",
            "    the serials in the vendor's PSKC file",
            "--cards defaults to " + DEFAULT_CARDS + ". Exit codes: 0 done, 1 refused, 2 wrong command line.");

    private final PrintStream out;
    private final PrintStream err;

    DscCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new DscCli(System.out, System.err).run(args));
    }

    int run(String[] args) {
        List<String> words = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                out.println(USAGE);
                return 0;
            }
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    return usage(args[i] + " needs a value");
                }
                options.put(args[i].substring(2), args[++i]);
            } else {
                words.add(args[i]);
            }
        }
        String command = words.isEmpty() ? "help" : words.remove(0);
        try {
            return switch (command) {
                case "respond" -> respond(words, options);
                case "cards" -> cards(options);
                case "help" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> usage("unknown command " + command);
            };
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
    }

    private int respond(List<String> words, Map<String, String> options) {
        if (words.size() != 1 || !options.containsKey("serial") || !options.containsKey("pin")) {
            return usage("respond needs --serial, --pin and the challenge");
        }
        CardVendor cards = read(options);
        if (cards == null) {
            return 1;
        }
        String serial = CardSerial.canonical(options.get("serial"))
                .orElseThrow(() -> new IllegalArgumentException("not a card serial: " + options.get("serial")));
        CardVendor.MadeCard made = cards.find(serial).orElse(null);
        if (made == null) {
            err.println("no card " + serial + " in the file");
            return 1;
        }
        String pin = options.get("pin");
        // A card that checks its own PIN knows it; the vendor's file does not say it, so the one typed is taken.
        DscPlusCard card = made.card(made.suite().pinHashAlgorithm().isPresent() ? null : pin);
        DscPlusCard.Display display = card.respond(pin, words.get(0).replaceAll("\\s", ""));
        if (display instanceof DscPlusCard.Response response) {
            out.println(response.digits());
            return 0;
        }
        if (display instanceof DscPlusCard.WrongPin wrong) {
            return refused("wrong PIN, " + wrong.triesLeft() + " tries left");
        }
        return refused(display instanceof DscPlusCard.BadPin ? "PIN> wants 4 digits"
                : display instanceof DscPlusCard.BadChallenge ? "CHALLNG> wants the 6-digit challenge"
                : "the card is locked");
    }

    private int cards(Map<String, String> options) {
        CardVendor cards = read(options);
        if (cards == null) {
            return 1;
        }
        cards.cards().forEach(card -> out.println(card.serial() + "  " + card.suite()));
        return 0;
    }

    private CardVendor read(Map<String, String> options) {
        Path file = Path.of(options.getOrDefault("cards", DEFAULT_CARDS));
        TransportKey key = options.containsKey("psk") ? TransportKey.preShared(HexFormat.of().parseHex(options.get("psk")))
                : options.containsKey("password") ? TransportKey.password(options.get("password")) : TransportKey.none();
        PskcResult result;
        try {
            result = PskcReader.read(Files.readAllBytes(file), key);
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return null;
        } finally {
            key.wipe();
        }
        if (!result.problems().isEmpty()) {
            for (PskcProblem problem : result.problems()) {
                err.println(file + (problem.keyPackage() > 0 ? " key package " + problem.keyPackage() : "") + ": "
                        + problem.problem());
            }
            return null;
        }
        CardVendor cards = CardVendor.fromFile(result);
        result.wipe();
        return cards;
    }

    private int refused(String message) {
        err.println(message);
        return 1;
    }

    private int usage(String message) {
        err.println(message);
        err.println(USAGE);
        return 2;
    }
}
