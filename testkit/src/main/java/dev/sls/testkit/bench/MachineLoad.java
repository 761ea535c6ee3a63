package dev.sls.testkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average (1, 5, 15 minutes) at one moment, from /proc/loadavg (Linux). */
record MachineLoad(String averages) {

    static MachineLoad now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new MachineLoad(fields[0] + " " + fields[1] + " " + fields[2]);
        } catch (IOException e) {
            return new MachineLoad("unknown");
        }
    }

    static int cpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public String toString() {
        return averages;
    }
}
