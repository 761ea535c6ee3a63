package dev.sls.testkit.bench;

import java.util.List;
import java.util.Locale;

/** The push series as Markdown tables, saying which figure is which. */
final class PushReport {

    private final StringBuilder text = new StringBuilder();

    PushReport heading(String title, String description) {
        text.append("## ").append(title).append("\n\n").append(description).append("\n\n");
        return this;
    }

    /** The latency table: one row per series and phone route. */
    PushReport latencies(List<PushSeries> series, List<String> routes) {
        text.append("| waiting | phone talks to | n | approve sent → browser told, ").append(Stats.HEADER)
                .append(" | approve sent → next page, ").append(Stats.HEADER)
                .append(" | phone's call returned, median (ms) | told before the phone's call returned"
                        + " | load average before → after |\n|---|---|---|---|---|---|---|---|\n");
        for (PushSeries one : series) {
            for (String route : routes) {
                List<PushSample> samples = one.on(route);
                text.append(String.format(Locale.ROOT, "| %d | %s | %d | %s | %s | %.1f | %.0f %% | %s → %s |%n",
                        one.waiting(), route, samples.size(), PushSeries.browserTold(samples).cell(),
                        PushSeries.nextPage(samples).cell(), PushSeries.phoneReturned(samples).median(),
                        PushSeries.toldFirst(samples), one.loadBefore(), one.loadAfter()));
            }
        }
        text.append('\n');
        return this;
    }

    /** Ordinary requests and threads while the logins wait (single-node series). */
    PushReport ordinary(Stats idleDiscovery, Stats idleLoginPage, long idleThreads, List<PushSeries> series) {
        text.append("| waiting | discovery, ").append(Stats.HEADER).append(" | login page, ").append(Stats.HEADER)
                .append(" | n each | Keycloak JVM threads (all waiting / after the approvals) | threads gained |\n")
                .append("|---|---|---|---|---|---|\n");
        text.append(String.format(Locale.ROOT, "| 0 | %s | %s | %d | %d | – |%n", idleDiscovery.cell(),
                idleLoginPage.cell(), idleDiscovery.count(), idleThreads));
        for (PushSeries one : series) {
            text.append(String.format(Locale.ROOT, "| %d | %s | %s | %d | %d / %d | %+d |%n", one.waiting(),
                    one.discovery().cell(), one.loginPage().cell(), one.discovery().count(), one.threadsWhileWaiting(),
                    one.threadsAfter(), one.threadsGained()));
        }
        text.append('\n');
        return this;
    }

    PushReport line(String line) {
        text.append(line).append("\n\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
