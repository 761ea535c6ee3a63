package dev.sls.testkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The CPU time the driver spends playing a device (the simulated phone's signatures and its device-API calls), counted
 * per thread around the device's work so the report can give it apart from the browsers' share: the driver's CPU per
 * login then says what the benchmark's own browsers cost, and the phone's is shown next to it.
 */
final class DeviceCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final LongAdder NANOS = new LongAdder();

    private DeviceCpu() {
    }

    /** Runs {@code work} on this thread, counting its CPU time as the device's. */
    static <T> T counted(Supplier<T> work) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            return work.get();
        } finally {
            NANOS.add(THREADS.getCurrentThreadCpuTime() - start);
        }
    }

    static void counted(Runnable work) {
        counted(() -> {
            work.run();
            return null;
        });
    }

    /** The devices' CPU seconds so far, all threads together. */
    static double seconds() {
        return NANOS.sum() / 1e9;
    }
}
