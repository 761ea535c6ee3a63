package dev.sls.testkit.bench;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** The throughput runs as Markdown (per number of virtual users, one row per mode) and as raw CSV. */
final class ThroughputReport {

    private final String baseline;
    private final List<String> modes;
    private final List<LoginThroughput.Run> runs;
    private final int seconds;

    ThroughputReport(String baseline, List<String> modes, List<LoginThroughput.Run> runs, int seconds) {
        this.baseline = baseline;
        this.modes = modes;
        this.runs = runs;
        this.seconds = seconds;
    }

    String markdown() {
        StringBuilder text = new StringBuilder("# Login throughput, " + Instant.now() + "\n\n");
        text.append(String.format(Locale.ROOT, "CPUs: %d. Each mode ran %d s per round; logins/s counts the logins"
                + " that ended within that time. A login runs from opening the authorization URL to holding the"
                + " redirect with the code; \"second step\" is its part after the password page was answered."
                + " Ratio: logins/s of the mode over logins/s of %s, all rounds together. The driver runs on the"
                + " same machine: \"Keycloak CPU per login\" (the server JVM's CPU time over the logins) shows the"
                + " server's own cost apart from the driver's, and its ratio compares the logins one Keycloak"
                + " CPU-second carries. \"Driver CPU\" is the driver JVM's (browsers, cards) without the simulated"
                + " phone's share, which is given apart (its threads' CPU time around the device's work), next to"
                + " the local Twilio's, which runs in a JVM of its own.%n%n", MachineLoad.cpus(), seconds, baseline));
        for (int users : runs.stream().map(LoginThroughput.Run::virtualUsers).distinct().toList()) {
            text.append("## ").append(users).append(" virtual users\n\n")
                    .append("| mode | logins/s per round | logins/s | ratio to built-in OTP | logins | failed | login, ")
                    .append(Stats.HEADER).append(" | second step, ").append(Stats.HEADER)
                    .append(" | Keycloak CPU per login (ms) | ratio by Keycloak CPU | driver CPU per login (ms)")
                    .append(" | phone / local Twilio CPU per login (ms)")
                    .append(" | load average before → after, per round |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            double base = rate(of(users, baseline));
            double baseCpu = cpuPerLogin(of(users, baseline), true);
            for (String mode : modes) {
                List<LoginThroughput.Run> mine = of(users, mode);
                List<Double> totals = mine.stream().flatMap(r -> r.samples().stream()).map(LoginSample::total).toList();
                List<Double> seconds = mine.stream().flatMap(r -> r.samples().stream())
                        .map(LoginSample::secondStep).toList();
                text.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.3f | %d | %d | %s | %s | %.1f | %.3f"
                                + " | %.1f | %.1f / %.1f | %s |%n", mode,
                        mine.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.samples().size() / r.seconds()))
                                .collect(Collectors.joining(" / ")),
                        rate(mine), rate(mine) / base, totals.size(),
                        mine.stream().mapToInt(LoginThroughput.Run::failures).sum(), Stats.of(totals).cell(),
                        Stats.of(seconds).cell(), cpuPerLogin(mine, true), baseCpu / cpuPerLogin(mine, true),
                        cpuPerLogin(mine, false), perLogin(mine, LoginThroughput.Run::deviceCpu),
                        perLogin(mine, LoginThroughput.Run::outsideCpu), mine.stream().map(r -> r.loadBefore() + " → " + r.loadAfter())
                                .collect(Collectors.joining("; "))));
            }
            text.append('\n');
        }
        return text.toString();
    }

    String csv() {
        StringBuilder text = new StringBuilder(LoginSample.CSV_HEADER).append('\n');
        runs.forEach(run -> run.samples().forEach(sample -> text.append(sample.csv()).append('\n')));
        return text.toString();
    }

    private List<LoginThroughput.Run> of(int users, String mode) {
        return runs.stream().filter(r -> r.virtualUsers() == users && r.mode().equals(mode)).toList();
    }

    /** Keycloak's CPU per login, or the driver's without the simulated device's share (ms). */
    private static double cpuPerLogin(List<LoginThroughput.Run> runs, boolean server) {
        return server ? perLogin(runs, LoginThroughput.Run::serverCpu)
                : perLogin(runs, r -> r.driverCpu() - r.deviceCpu());
    }

    private static double perLogin(List<LoginThroughput.Run> runs, ToDoubleFunction<LoginThroughput.Run> cpu) {
        return 1000 * runs.stream().mapToDouble(cpu).sum() / runs.stream().mapToInt(LoginThroughput.Run::completed)
                .sum();
    }

    private static double rate(List<LoginThroughput.Run> runs) {
        return runs.stream().mapToInt(r -> r.samples().size()).sum()
                / runs.stream().mapToDouble(LoginThroughput.Run::seconds).sum();
    }
}
