package dev.sls.chooser;

import dev.sls.core.login.LoginMessages;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.keycloak.authentication.AuthenticationFlowContext;

/** The chooser's texts in the person's language, formatted as Keycloak's {@code msg()} formats them. */
public final class ChooserTexts {

    private static final String CACHE_KEY = "sls.chooser.texts";

    private final LoginMessages messages;
    private final Locale locale;

    private ChooserTexts(LoginMessages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Built once per request: the theme's messages are merged anew at each {@link LoginMessages#of}. */
    public static ChooserTexts of(AuthenticationFlowContext context) {
        if (context.getSession().getAttribute(CACHE_KEY) instanceof ChooserTexts known) {
            return known;
        }
        ChooserTexts texts = new ChooserTexts(LoginMessages.of(context),
                context.getSession().getContext().resolveLocale(context.getUser()));
        context.getSession().setAttribute(CACHE_KEY, texts);
        return texts;
    }

    boolean has(String key) {
        return messages.get(key, null) != null;
    }

    String text(String key, List<String> arguments) {
        String pattern = messages.get(key, key);
        return arguments.isEmpty() ? pattern.replace("''", "'")
                : new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    public String text(String key, String... arguments) {
        return text(key, List.of(arguments));
    }

    LoginMessages messages() {
        return messages;
    }
}
