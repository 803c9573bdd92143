package secmc.jobs.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the Spark session secmc runs in. Local masters get safe defaults: driver bound to
 * loopback (nothing listens on another address; the driver otherwise advertises the machine's
 * other address and refuses its own connections) and the web UI off.
 */
public final class SparkSessions {
    /** The default master: all local cores. */
    public static final String DEFAULT_MASTER = "local[*]";

    /**
     * JVM options executors need on Java 17 (Spark's module opens, the Vector API). Local
     * executors share the driver's JVM, which the launcher starts with the same flags.
     */
    public static final String EXECUTOR_JAVA_OPTIONS = String.join(" ",
            "--add-modules=jdk.incubator.vector",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");

    private SparkSessions() {
    }

    /** Whether {@code master} runs everything in this JVM. */
    public static boolean isLocal(String master) {
        return master.equals("local") || master.startsWith("local[") || master.startsWith("local-cluster[");
    }

    /**
     * Gets or creates a session.
     *
     * @param master a Spark master URL ({@code local[*]}, {@code spark://host:7077}, {@code yarn}, ...)
     * @param conf extra Spark settings; they win over secmc's defaults
     */
    public static SparkSession create(String master, Map<String, String> conf) {
        if (master == null || master.isBlank()) {
            throw new IllegalArgumentException("master must be a Spark master URL such as local[*], got '" + master + "'");
        }
        SparkSession.Builder b = SparkSession.builder()
                .appName("secmc")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.executor.extraJavaOptions", EXECUTOR_JAVA_OPTIONS)
                .config("spark.hadoop.parquet.enable.summary-metadata", "false")
                .config("spark.sql.shuffle.partitions", "8");
        if (isLocal(master)) {
            b = b.config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.blockManager.port", "0");
        }
        for (Map.Entry<String, String> e : conf.entrySet()) {
            b = b.config(e.getKey(), e.getValue());
        }
        SparkSession s = b.getOrCreate();
        s.sparkContext().setLogLevel("WARN");
        return s;
    }
}
