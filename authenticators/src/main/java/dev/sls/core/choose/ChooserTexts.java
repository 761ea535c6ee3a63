package dev.sls.core.choose;

import dev.sls.core.login.LoginMessages;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.keycloak.authentication.AuthenticationFlowContext;

/** The chooser's texts in the person's language, formatted as Keycloak's {@code msg()} formats them. */
final class ChooserTexts {

    private final LoginMessages messages;
    private final Locale locale;

    private ChooserTexts(LoginMessages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    static ChooserTexts of(AuthenticationFlowContext context) {
        return new ChooserTexts(LoginMessages.of(context),
                context.getSession().getContext().resolveLocale(context.getUser()));
    }

    boolean has(String key) {
        return messages.get(key, null) != null;
    }

    String text(String key, List<String> arguments) {
        String pattern = messages.get(key, key);
        return arguments.isEmpty() ? pattern.replace("''", "'")
                : new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    String text(String key, String... arguments) {
        return text(key, List.of(arguments));
    }

    LoginMessages messages() {
        return messages;
    }
}
