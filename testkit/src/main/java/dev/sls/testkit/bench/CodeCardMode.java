package dev.sls.testkit.bench;

import dev.sls.codecard.simulator.PrintedCodeCard;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Form;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.List;

/**
 * The Security Code Card: each user is issued a card through the issuance pages at a first login, the reference card
 * simulator reads it off the printed sheet, and at each login answers the index numbers the page asks for.
 */
final class CodeCardMode implements LoginMode {

    static final String ISSUE_ACTION = "sls-code-card-issue";
    private static final String LOGIN_FORM = "#sls-code-card-form";

    @Override
    public String name() {
        return "password + code card";
    }

    @Override
    public String clientId() {
        return BenchRealm.CODE_CARD_CLIENT;
    }

    @Override
    public Person enrol(KeycloakServer server, AdminClient admin) {
        BenchRealm.Account account = BenchRealm.newAccount(admin, "card", null, ISSUE_ACTION);
        Browser browser = new Browser().clientAddress(account.clientAddress());
        Page login = OidcLogin.begin(browser, server.realmUrl(BenchRealm.NAME), clientId(), BenchRealm.REDIRECT);
        Page issue = login.form("#kc-form-login").set("username", account.username())
                .set("password", account.password()).submit("kc-login");
        PrintedCodeCard card = PrintedCodeCard.parse(printedText(issue));
        Page activation = issue.form("#sls-code-card-printed-form").submit("sls-printed");
        OidcLogin.finish(answer(activation, "#sls-code-card-activate-form", card).submit("sls-activate"));
        return new Person() {
            @Override
            public BenchRealm.Account account() {
                return account;
            }

            @Override
            public Page secondStep(Page afterPassword) {
                return answer(afterPassword, LOGIN_FORM, card).submit("kc-login");
            }
        };
    }

    /** The sheet as printed: one {@code index:code} per cell. */
    private static String printedText(Page issue) {
        StringBuilder text = new StringBuilder();
        issue.document().select("#sls-code-card-sheet td.sls-cell").forEach(cell -> text.append(cell.attr("data-index"))
                .append(':').append(cell.selectFirst(".sls-cell-code").text()).append('\n'));
        if (text.isEmpty()) {
            throw new IllegalStateException("no code card sheet: " + issue.describe());
        }
        return text.toString();
    }

    /** Fills the code of every index number the form asks for. */
    private static Form answer(Page page, String formSelector, PrintedCodeCard card) {
        Form form = page.form(formSelector);
        List<Integer> asked = form.names().stream().filter(name -> name.startsWith("code-"))
                .map(name -> Integer.valueOf(name.substring(5))).toList();
        card.answer(asked).forEach((index, code) -> form.set("code-" + index, code));
        return form;
    }
}
