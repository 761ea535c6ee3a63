package dev.sls.optout;

import org.keycloak.common.util.Time;
import org.keycloak.models.ClientModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Where opting out is configured and recorded: the realm attribute {@value #ALLOWED} ({@code true} to offer it,
 * default off), the client attribute {@value #TRADING_CLIENT} ({@code true} on the trading applications a login may
 * reach without the device after opting out), and the user attribute {@value #OPTED_OUT} (epoch seconds of the
 * choice). The realm's user profile does not declare the user attribute, so with unmanaged attributes off (the
 * default) neither the person nor a token sees it.
 */
public final class OptOutSettings {

    public static final String ALLOWED = "sls.optout.allowed";
    public static final String TRADING_CLIENT = "sls.trading-client";
    public static final String OPTED_OUT = "slsOptedOut";

    private OptOutSettings() {
    }

    public static boolean allowed(RealmModel realm) {
        return Boolean.parseBoolean(realm.getAttribute(ALLOWED));
    }

    public static boolean tradingClient(ClientModel client) {
        return client != null && Boolean.parseBoolean(client.getAttribute(TRADING_CLIENT));
    }

    /** Whether the person chose "Secure Login not required for trading" (whatever the realm allows now). */
    public static boolean optedOut(UserModel user) {
        String at = user == null ? null : user.getFirstAttribute(OPTED_OUT);
        return at != null && !at.isBlank();
    }

    /** The person opted out and the realm still allows it: their trading logins skip the device. */
    public static boolean inEffect(RealmModel realm, UserModel user) {
        return allowed(realm) && optedOut(user);
    }

    static void recordOptOut(UserModel user) {
        user.setSingleAttribute(OPTED_OUT, String.valueOf(Time.currentTime()));
    }

    static void recordOptIn(UserModel user) {
        user.removeAttribute(OPTED_OUT);
    }
}
