package dev.sls.testkit.bench;

import java.util.List;

/**
 * One series: {@code waiting} logins kept waiting while the approvals went, what ordinary requests took meanwhile
 * (null on the cluster, where they are not timed), and the browser node's JVM threads.
 */
record PushSeries(int waiting, List<PushSample> samples, Stats discovery, Stats loginPage, long threadsBefore,
                  long threadsWhileWaiting, long threadsAfter, MachineLoad loadBefore, MachineLoad loadAfter) {

    List<PushSample> on(String route) {
        return samples.stream().filter(s -> s.route().equals(route)).toList();
    }

    static Stats browserTold(List<PushSample> samples) {
        return Stats.of(samples.stream().map(PushSample::browserTold).toList());
    }

    static Stats nextPage(List<PushSample> samples) {
        return Stats.of(samples.stream().map(PushSample::nextPage).toList());
    }

    static Stats phoneReturned(List<PushSample> samples) {
        return Stats.of(samples.stream().map(PushSample::phoneReturned).toList());
    }

    /** Share of samples where the browser was told before the phone's own call returned. */
    static double toldFirst(List<PushSample> samples) {
        return samples.isEmpty() ? Double.NaN
                : 100.0 * samples.stream().filter(s -> s.toldMinusReturned() < 0).count() / samples.size();
    }

    long threadsGained() {
        return Math.max(threadsWhileWaiting, threadsAfter) - threadsBefore;
    }
}
