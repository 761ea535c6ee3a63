package dev.sls.testkit.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark's options, from system properties:
 * <ul>
 *   <li>{@code sls.bench.parts} (push,cross-node,throughput): which parts run;</li>
 *   <li>{@code sls.bench.sizes} (1,50,300,500): waiting logins of the one-node series;</li>
 *   <li>{@code sls.bench.cluster-sizes} (1,50,300): waiting logins of the two-node series;</li>
 *   <li>{@code sls.bench.approvals} (300): approvals per series (per phone route on the cluster);</li>
 *   <li>{@code sls.bench.ordinary} (300): discovery requests and login pages timed per series;</li>
 *   <li>{@code sls.bench.vus} (8,32), {@code sls.bench.seconds} (20), {@code sls.bench.rounds} (4): the throughput
 *       runs, each mode for that long per round with that many virtual users;</li>
 *   <li>{@code sls.bench.out.dir} (target): where the reports and raw samples go.</li>
 * </ul>
 */
record BenchSettings(Set<String> parts, List<Integer> sizes, List<Integer> clusterSizes, int approvals,
                     int ordinaryRequests, List<Integer> virtualUsers, int seconds, int rounds, Path outDir) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Arrays.stream(property("sls.bench.parts", "push,cross-node,throughput").split(",")).map(String::trim)
                        .collect(Collectors.toSet()),
                numbers(property("sls.bench.sizes", "1,50,300,500")),
                numbers(property("sls.bench.cluster-sizes", "1,50,300")),
                Integer.parseInt(property("sls.bench.approvals", "300")),
                Integer.parseInt(property("sls.bench.ordinary", "300")),
                numbers(property("sls.bench.vus", "8,32")),
                Integer.parseInt(property("sls.bench.seconds", "20")),
                Integer.parseInt(property("sls.bench.rounds", "4")),
                Path.of(property("sls.bench.out.dir", "target")).toAbsolutePath());
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    int largest(List<Integer> sizes) {
        return sizes.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static List<Integer> numbers(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                .collect(Collectors.toList());
    }
}
