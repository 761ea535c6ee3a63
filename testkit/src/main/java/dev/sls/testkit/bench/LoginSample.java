package dev.sls.testkit.bench;

import java.util.Locale;

/**
 * One complete login of a virtual user: from opening the authorization URL to holding the code redirect
 * ({@code total}), and the part after the password page was answered ({@code secondStep}), in ms.
 */
record LoginSample(String mode, int virtualUsers, int round, double startedAt, double total, double secondStep) {

    static final String CSV_HEADER = "mode,virtual_users,round,started_at_s,login_ms,second_step_ms";

    String csv() {
        return String.format(Locale.ROOT, "%s,%d,%d,%.3f,%.3f,%.3f", mode, virtualUsers, round, startedAt / 1000.0,
                total, secondStep);
    }
}
