package secmc.jobs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import secmc.jobs.spark.SparkSessions;

/** Starts other JVMs (a CLI driver, Spark master and workers) with this test JVM's classpath and flags. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** The java executable of this JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A command line: java, secmc's JVM flags, this classpath, then {@code mainClass} and {@code args}. */
    public static List<String> command(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.add("-Xmx768m");
        cmd.addAll(Arrays.asList(SparkSessions.EXECUTOR_JAVA_OPTIONS.split(" ")));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** Starts {@code cmd} with Spark bound to loopback, output to {@code log}. */
    public static Process start(List<String> cmd, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return pb.start();
    }

    /**
     * The jar files of this JVM's classpath, expanding a manifest-only jar (surefire's booter)
     * into the entries of its {@code Class-Path}.
     */
    public static List<Path> classpathEntries() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.isEmpty()) {
                continue;
            }
            Path p = Path.of(e);
            out.add(p);
            if (p.getFileName().toString().startsWith("surefirebooter") && p.toString().endsWith(".jar")) {
                try (JarFile jf = new JarFile(p.toFile())) {
                    Manifest m = jf.getManifest();
                    String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                    if (cp != null) {
                        for (String u : cp.trim().split("\\s+")) {
                            out.add(Path.of(java.net.URI.create(u)));
                        }
                    }
                }
            }
        }
        return out;
    }
}
