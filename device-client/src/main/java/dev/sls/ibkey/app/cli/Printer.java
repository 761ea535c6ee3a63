package dev.sls.ibkey.app.cli;

import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.ChallengeSummary;
import dev.sls.ibkey.protocol.api.MatchMode;
import java.io.PrintStream;
import java.time.Clock;
import java.util.stream.Collectors;

/** How challenges and users look on the terminal. */
final class Printer {

    private final PrintStream out;
    private final Clock clock;

    Printer(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    void user(IbKeyUser user) {
        out.println(user.label() + "  on " + user.server() + "  device handle " + user.deviceHandle());
        String offline = !user.hasOcraKey() ? "not available (no OCRA key stored)"
                : user.ocraSuite() + (user.offlineNeedsPin() ? " (with app PIN)" : "");
        out.println("    offline codes: " + offline);
    }

    void summary(ChallengeSummary summary) {
        out.println(summary.challengeId() + "  " + orDash(summary.clientName()) + "  expires " + expiry(summary.expiresAt()));
    }

    void context(ChallengeContext context) {
        out.println("challenge  " + context.challengeId());
        boolean ciba = ChallengeContext.KIND_CIBA.equals(context.kind());
        out.println((ciba ? "asked by   " : "login to   ") + orDash(context.clientName())
                + (context.clientId() == null ? "" : " (" + context.clientId() + ")"));
        out.println("user       " + context.realm() + "/" + context.username());
        out.println("from IP    " + orDash(context.ipAddress()));
        if (context.amount() != null) {
            out.println("amount     " + context.amount());
        }
        if (context.payee() != null) {
            out.println("payee      " + context.payee());
        }
        if (context.bindingMessage() != null) {
            out.println("message    " + context.bindingMessage() + "   (must match what " + orDash(context.clientName())
                    + " tells you)");
        }
        out.println("expires    " + expiry(context.expiresAt()));
        if (MatchMode.CODE.wire().equals(context.matchMode())) {
            out.println("to approve type the code shown on the login page");
        }
        if (!context.numberChoices().isEmpty()) {
            out.println("numbers    " + context.numberChoices().stream().map(String::valueOf)
                    .collect(Collectors.joining("  ")) + "   (pick the one shown on the login page)");
        }
    }

    private String expiry(long expiresAt) {
        long left = expiresAt - clock.instant().getEpochSecond();
        return left > 0 ? "in " + left + " s" : "now (expired)";
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
