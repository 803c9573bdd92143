package secmc.jobs.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import secmc.jobs.ChildJvm;
import secmc.jobs.spark.SparkSessions;

/**
 * A Spark standalone cluster on 127.0.0.1 from the jars of this JVM's classpath (no download):
 * a master and two one-core workers, each its own JVM. The workers see a Spark home whose
 * {@code jars/} links every third-party jar of the classpath (Spark and the libraries: what a
 * cluster "provides"); secmc's own code is not there but in the application jar that
 * {@code SparkSubmit} ships to the executors: by default a jar made from the classpath's class
 * directories (engine, jobs, test scenarios), or the shaded cluster jar given as system
 * property {@code secmc.cluster.jar} ({@code mvn -Pcluster package} builds it). Stops what it
 * started, by process handle.
 */
final class StandaloneCluster implements AutoCloseable {
    final Path home;
    final int port;
    final Process master;
    final List<Process> workers = new ArrayList<>();
    final Path appJar;

    StandaloneCluster(Path dir, int workerCount) throws Exception {
        home = dir.resolve("spark-home");
        Path jars = home.resolve("jars");
        Files.createDirectories(jars);
        String shaded = System.getProperty("secmc.cluster.jar", "");
        appJar = shaded.isEmpty() ? dir.resolve("secmc-app.jar") : Path.of(shaded).toAbsolutePath();
        int n = 0;
        List<Path> classDirs = new ArrayList<>();
        for (Path p : ChildJvm.classpathEntries()) {
            if (Files.isDirectory(p)) {
                classDirs.add(p);
            } else if (p.toString().endsWith(".jar") && Files.isRegularFile(p)
                    && !p.getFileName().toString().startsWith("surefire")) {
                Files.createSymbolicLink(jars.resolve(String.format("%04d-", n++) + p.getFileName()), p.toAbsolutePath());
            }
        }
        if (shaded.isEmpty()) {
            jarOf(classDirs, appJar);
        }
        port = freePort();
        master = start(dir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", "0");
        waitForPort(port, 120);
        for (int i = 0; i < workerCount; i++) {
            Path work = dir.resolve("work-" + i);
            Files.createDirectories(work);
            workers.add(start(dir.resolve("worker-" + i + ".log"), "org.apache.spark.deploy.worker.Worker",
                    url(), "--host", "127.0.0.1", "--webui-port", "0", "--cores", "1", "--memory", "1g",
                    "--work-dir", work.toString()));
        }
    }

    String url() {
        return "spark://127.0.0.1:" + port;
    }

    /** The classpath of the cluster's Spark home, for drivers (spark-submit) and daemons. */
    String classpath() {
        return home.resolve("jars").toString() + "/*";
    }

    /** {@code java ... -cp SPARK_HOME/jars/* mainClass args} with secmc's JVM flags. */
    List<String> command(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ChildJvm.java());
        cmd.add("-Xmx512m");
        cmd.addAll(List.of(SparkSessions.EXECUTOR_JAVA_OPTIONS.split(" ")));
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    Process start(Path log, String mainClass, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(mainClass, args));
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return pb.start();
    }

    /** Executor JVMs currently running under the workers. */
    List<ProcessHandle> executors() {
        List<ProcessHandle> out = new ArrayList<>();
        for (Process w : workers) {
            w.toHandle().descendants().filter(h -> h.info().commandLine().orElse("")
                    .contains("CoarseGrainedExecutorBackend")).forEach(out::add);
        }
        return out;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void waitForPort(int port, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assert s.isConnected();
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("nothing listens on 127.0.0.1:" + port + " after " + seconds + " s");
    }

    /** Packs class directories into one jar; service files of the same name are concatenated. */
    static void jarOf(List<Path> dirs, Path jar) throws IOException {
        java.util.Map<String, StringBuilder> services = new java.util.TreeMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path d : dirs) {
                try (Stream<Path> files = Files.walk(d)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        String name = d.relativize(f).toString().replace('\\', '/');
                        if (name.startsWith("META-INF/services/")) {
                            services.computeIfAbsent(name, k -> new StringBuilder()).append(Files.readString(f)).append('\n');
                            continue;
                        }
                        if (!seen.add(name)) {
                            continue;
                        }
                        out.putNextEntry(new JarEntry(name));
                        try (var in = Files.newInputStream(f)) {
                            in.transferTo(out);
                        }
                        out.closeEntry();
                    }
                }
            }
            for (var e : services.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    @Override
    public void close() {
        for (ProcessHandle e : executors()) {
            e.destroyForcibly();
        }
        for (Process w : workers) {
            w.descendants().forEach(ProcessHandle::destroyForcibly);
            w.destroyForcibly();
        }
        master.destroyForcibly();
        for (Process w : workers) {
            try {
                w.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            master.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
