package dev.sls.testkit.bench;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
                + " Ratio: logins/s of the mode over logins/s of %s, all rounds together.%n%n", MachineLoad.cpus(),
                seconds, baseline));
        for (int users : runs.stream().map(LoginThroughput.Run::virtualUsers).distinct().toList()) {
            text.append("## ").append(users).append(" virtual users\n\n")
                    .append("| mode | logins/s per round | logins/s | ratio to built-in OTP | logins | failed | login, ")
                    .append(Stats.HEADER).append(" | second step, ").append(Stats.HEADER)
                    .append(" | load average before → after, per round |\n|---|---|---|---|---|---|---|---|---|\n");
            double base = rate(of(users, baseline));
            for (String mode : modes) {
                List<LoginThroughput.Run> mine = of(users, mode);
                List<Double> totals = mine.stream().flatMap(r -> r.samples().stream()).map(LoginSample::total).toList();
                List<Double> seconds = mine.stream().flatMap(r -> r.samples().stream())
                        .map(LoginSample::secondStep).toList();
                text.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.3f | %d | %d | %s | %s | %s |%n", mode,
                        mine.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.samples().size() / r.seconds()))
                                .collect(Collectors.joining(" / ")),
                        rate(mine), rate(mine) / base, totals.size(),
                        mine.stream().mapToInt(LoginThroughput.Run::failures).sum(), Stats.of(totals).cell(),
                        Stats.of(seconds).cell(), mine.stream().map(r -> r.loadBefore() + " → " + r.loadAfter())
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

    private static double rate(List<LoginThroughput.Run> runs) {
        return runs.stream().mapToInt(r -> r.samples().size()).sum()
                / runs.stream().mapToDouble(LoginThroughput.Run::seconds).sum();
    }
}
