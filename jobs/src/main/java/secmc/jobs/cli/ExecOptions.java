package secmc.jobs.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import secmc.jobs.spark.SparkSessions;

/** Where and how a run executes. Shared by {@code run} and {@code figures}. */
final class ExecOptions {
    // Under spark-submit the master arrives as the system property spark.master.
    @Option(names = "--master", paramLabel = "URL", defaultValue = "${sys:spark.master:-" + SparkSessions.DEFAULT_MASTER + "}",
            description = "Spark master URL (local[*], local[N], spark://host:port, ...). Default: spark.master if set (spark-submit), else local[*].")
    String master;

    @Option(names = "--partitions", paramLabel = "P", defaultValue = "0",
            description = "Spark partitions per job (0 = automatic: 4 per core, at most 32 blocks each, never more than the blocks).")
    int partitions;

    @Option(names = "--runner", paramLabel = "spark|local", defaultValue = "spark",
            description = "Compute on Spark (default) or on a local thread pool without Spark; the numbers are identical.")
    String runner;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Threads of the local runner (0 = one per core).")
    int threads;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Extra Spark setting. Repeatable.")
    List<String> conf = new java.util.ArrayList<>();

    void validate() {
        if (partitions < 0 || partitions > 1_000_000) {
            throw new IllegalArgumentException("--partitions must be an integer in [0, 1000000] (0 = automatic), got " + partitions);
        }
        if (!runner.equals("spark") && !runner.equals("local")) {
            throw new IllegalArgumentException("--runner must be one of {spark, local}, got '" + runner + "'");
        }
        if (threads < 0 || threads > 4096) {
            throw new IllegalArgumentException("--threads must be an integer in [0, 4096] (0 = one per core), got " + threads);
        }
        if (master == null || master.isBlank() || master.contains(" ")) {
            throw new IllegalArgumentException("--master must be a Spark master URL such as local[*], got '" + master + "'");
        }
        sparkConf();
    }

    Map<String, String> sparkConf() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : conf) {
            int eq = c.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--conf expects KEY=VALUE, got '" + c + "'");
            }
            m.put(c.substring(0, eq).trim(), c.substring(eq + 1));
        }
        return m;
    }
}
