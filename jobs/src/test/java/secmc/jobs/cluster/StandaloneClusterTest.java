package secmc.jobs.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import secmc.jobs.cli.Main;
import secmc.jobs.parquet.DatasetReader;
import secmc.jobs.parquet.RunDescription;
import secmc.jobs.spark.TestSpark;
import secmc.scenario.ResultRow;

/**
 * A real multi-process cluster on loopback: Spark standalone master, two workers (one core
 * each) and their executors as separate JVMs; the driver is submitted with Spark's own
 * {@code SparkSubmit} (what the {@code spark-submit} script runs). The dataset must equal the
 * local-mode one value for value, undisturbed and with one executor SIGKILLed mid-job (Spark
 * reschedules its tasks; every task is a pure function of its identity). Tagged long: about
 * 2-4 minutes on 2 cores.
 */
@Tag("long")
class StandaloneClusterTest {
    @TempDir
    Path tmp;

    static final String[] STUDY = {"run", "ppp.coverage", "--set", "alpha=3", "--realizations", "240000", "--seed", "5",
        "--partitions", "24", "--progress", "plain"};

    static long blocks(Path runDir) {
        try (Stream<Path> s = Files.list(runDir.resolve("blocks"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".bin")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    Process submit(StandaloneCluster c, Path out, Path runDir, Path log) throws Exception {
        List<String> args = new ArrayList<>(List.of("--master", c.url(), "--deploy-mode", "client",
                "--class", "secmc.jobs.cli.Main",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.executor.memory=512m",
                c.appJar.toString()));
        args.addAll(List.of(STUDY));
        args.addAll(List.of("--out", out.toString(), "--master", c.url(),
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=512m"));
        if (runDir != null) {
            args.addAll(List.of("--run-dir", runDir.toString()));
        }
        return c.start(log, "org.apache.spark.deploy.SparkSubmit", args.toArray(String[]::new));
    }

    @Test
    void clusterEqualsLocalModeEvenWhenAnExecutorIsKilled() throws Exception {
        // This test JVM must not hold a local session while drivers run elsewhere; it reads datasets afterwards.
        SparkSession.getDefaultSession().foreach(s -> {
            s.stop();
            return null;
        });
        Path local = tmp.resolve("local");
        StringWriter log = new StringWriter();
        List<String> args = new ArrayList<>(List.of(STUDY));
        args.addAll(List.of("--out", local.toString(), "--runner", "local"));
        assertEquals(0, Main.execute(args.toArray(String[]::new), new PrintWriter(log, true), new PrintWriter(log, true)),
                log.toString());

        Path undisturbed = tmp.resolve("cluster");
        Path killed = tmp.resolve("killed");
        Path runDir = tmp.resolve("run");
        double undisturbedSeconds;
        double killedSeconds;
        try (StandaloneCluster c = new StandaloneCluster(tmp, 2)) {
            long t0 = System.nanoTime();
            Process d = submit(c, undisturbed, null, tmp.resolve("driver-1.log"));
            assertTrue(d.waitFor(600, TimeUnit.SECONDS), "driver 1 finished");
            undisturbedSeconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(0, d.exitValue(), Files.readString(tmp.resolve("driver-1.log")));

            t0 = System.nanoTime();
            d = submit(c, killed, runDir, tmp.resolve("driver-2.log"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (blocks(runDir) < 4 && d.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            List<ProcessHandle> executors = c.executors();
            assertTrue(d.isAlive(), "driver alive at the kill: " + Files.readString(tmp.resolve("driver-2.log")));
            assertEquals(2, executors.size(), "two executor JVMs, one per worker");
            long atKill = blocks(runDir);
            assertTrue(atKill < 24, "killed mid-job: " + atKill + " of 24 blocks done");
            executors.get(0).destroyForcibly(); // SIGKILL one executor JVM
            assertTrue(d.waitFor(600, TimeUnit.SECONDS), "driver 2 finished");
            killedSeconds = (System.nanoTime() - t0) / 1e9;
            String driverLog = Files.readString(tmp.resolve("driver-2.log"));
            assertEquals(0, d.exitValue(), driverLog);
            assertTrue(driverLog.contains("Lost executor") || driverLog.contains("lost executor")
                    || driverLog.contains("ExecutorLostFailure") || driverLog.contains("removed"), "Spark saw the loss");
            long lostTasks = driverLog.lines().filter(l -> l.contains("Lost task")).count();
            System.out.printf("cluster (app jar %s): undisturbed %.1f s, one executor killed after %d of 24 blocks: %.1f s,"
                    + " %d task failures reported by the driver%n", c.appJar.getFileName(), undisturbedSeconds, atKill,
                    killedSeconds, lostTasks);
        }
        SparkSession spark = TestSpark.session();
        List<ResultRow> expected = DatasetReader.read(spark, local.resolve("ppp.coverage").toString());
        assertEquals(31, expected.size());
        assertEquals(expected, DatasetReader.read(spark, undisturbed.resolve("ppp.coverage").toString()));
        assertEquals(expected, DatasetReader.read(spark, killed.resolve("ppp.coverage").toString()));
        String manifest = Files.readString(undisturbed.resolve("ppp.coverage").resolve("_manifest.json"));
        assertEquals("spark://", RunDescription.parse(manifest).get("spark_master").asText().substring(0, 8));
    }
}
