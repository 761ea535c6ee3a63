package dev.sls.optout;

import java.util.List;

/**
 * What the opt-out page shows, as {@value #TEMPLATE} reads it ({@code slsOptOut}).
 *
 * @param view      {@value #FORM} (the choice and the restrictions), {@value #DONE} ("Your settings have been
 *                  updated") or {@value #NOT_ALLOWED} (the person does not hold the right)
 * @param optedOut  whether the person is opted out now
 * @param offered   whether the realm offers opting out
 * @param holders   who holds the right in the person's account (usernames), for {@value #NOT_ALLOWED}
 */
public record OptOutPage(String view, boolean optedOut, boolean offered, List<String> holders) {

    public static final String TEMPLATE = "sls-optout.ftl";
    public static final String FORM = "form";
    public static final String DONE = "done";
    public static final String NOT_ALLOWED = "not-allowed";

    public OptOutPage {
        holders = List.copyOf(holders);
    }
}
