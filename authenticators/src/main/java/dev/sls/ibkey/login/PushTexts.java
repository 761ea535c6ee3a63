package dev.sls.ibkey.login;

import dev.sls.core.login.LoginMessages;
import dev.sls.ibkey.push.PushRequest;
import java.text.MessageFormat;

/**
 * The title and body of a push notification, in the person's language: a login names the application being logged
 * in to, a request asked through CIBA names the application that asks and what it asks (its binding message), so the
 * lock screen never calls an application's request a login.
 *
 * <p>The bundles are MessageFormat patterns (French doubles its apostrophes); the arguments are never parsed.
 */
public record PushTexts(String title, String body) {

    public static PushTexts of(PushRequest request, LoginMessages messages) {
        if (!request.isCiba()) {
            return new PushTexts(text(messages, "slsIbKeyPushTitle", "Login request"),
                    text(messages, "slsIbKeyPushBody", "Tap to review the login to {0}.", request.clientName()));
        }
        String title = text(messages, "slsIbKeyCibaPushTitle", "Approval request");
        String body = request.bindingMessage() == null
                ? text(messages, "slsIbKeyCibaPushBodyPlain", "{0} asks you to approve a request.",
                        request.clientName())
                : text(messages, "slsIbKeyCibaPushBody", "{0} asks you to approve: {1}", request.clientName(),
                        request.bindingMessage());
        return new PushTexts(title, body);
    }

    private static String text(LoginMessages messages, String key, String fallback, Object... args) {
        return MessageFormat.format(messages.get(key, fallback), args);
    }
}
