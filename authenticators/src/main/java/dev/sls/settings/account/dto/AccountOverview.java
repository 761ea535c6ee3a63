package dev.sls.settings.account.dto;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /realms/{realm}/sls/account/overview}: what the account console's Secure Login System page shows.
 *
 * @param devices        the person's devices, strongest first (stored ones and pending set-ups)
 * @param setup          the device types the person may set up or replace here, strongest first
 * @param settingsAction the required action opening the Secure Login settings, or null when the realm offers none
 * @param removeAction   the required action removing a device ({@code <alias>:<credential id>}), or null
 * @param history        the device history, newest first
 * @param sections       the settings page's boxes by id ({@code sls-sharing}, {@code sls-optout}, …): their state
 */
public record AccountOverview(List<OverviewDevice> devices, List<SetupOption> setup, String settingsAction,
                              String removeAction, List<OverviewHistoryLine> history, Map<String, Object> sections) {
}
