package secmc.jobs.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** One local Spark session for the test JVM (loopback, UI off), as the CLI creates it. */
public final class TestSpark {
    private TestSpark() {
    }

    public static synchronized SparkSession session() {
        return SparkSessions.create("local[2]", Map.of());
    }
}
