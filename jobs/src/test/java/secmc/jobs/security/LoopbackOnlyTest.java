package secmc.jobs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import secmc.jobs.cli.Main;

/**
 * Security default: during a Spark local-mode run, every TCP socket this JVM listens on is
 * bound to loopback (driver RPC, block manager; the web UI is off). Read from the kernel:
 * LISTEN entries (state 0A) of /proc/net/tcp and tcp6 whose inode is one of this process's
 * file descriptors, sampled every 20 ms while the run is in progress.
 */
@EnabledOnOs(OS.LINUX)
class LoopbackOnlyTest {
    @TempDir
    Path tmp;

    /** Inodes of the sockets this process holds. */
    static Set<String> ownSocketInodes() throws IOException {
        Set<String> out = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        out.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // the descriptor closed while we looked
                }
            }
        }
        return out;
    }

    /** Local addresses ("hex:port") of this process's listening TCP sockets. */
    static Set<String> listening() throws IOException {
        Set<String> own = ownSocketInodes();
        Set<String> out = new TreeSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p)) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 10 || !f[3].equals("0A") || !own.contains(f[9])) {
                    continue;
                }
                out.add(f[1]);
            }
        }
        return out;
    }

    /** Whether a /proc/net address (little-endian hex) is 127.0.0.0/8, ::1 or ::ffff:127.x.x.x. */
    static boolean isLoopback(String hexAddressAndPort) {
        String a = hexAddressAndPort.substring(0, hexAddressAndPort.indexOf(':'));
        if (a.length() == 8) {
            return a.endsWith("7F");
        }
        return a.equals("00000000000000000000000001000000")
                || a.startsWith("0000000000000000FFFF0000") && a.endsWith("7F");
    }

    @Test
    void addressParsing() {
        assertTrue(isLoopback("0100007F:1F90"));
        assertTrue(isLoopback("00000000000000000000000001000000:0050"));
        assertTrue(isLoopback("0000000000000000FFFF00000100007F:0050"));
        assertTrue(!isLoopback("00000000:1F90"), "0.0.0.0 is every interface");
        assertTrue(!isLoopback("00000000000000000000000000000000:0050"), ":: is every interface");
        assertTrue(!isLoopback("0A00020F:1F90"), "10.2.0.15");
    }

    @Test
    void aWildcardListenerIsDetected() throws IOException {
        try (java.net.ServerSocket any = new java.net.ServerSocket(0)) {
            String port = String.format("%04X", any.getLocalPort());
            assertTrue(listening().stream().anyMatch(a -> a.endsWith(":" + port) && !isLoopback(a)),
                    "a socket on every interface must show up as non-loopback: " + listening());
        }
    }

    @Test
    void localRunListensOnLoopbackOnly() throws Exception {
        Set<String> seen = new TreeSet<>();
        StringWriter log = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread run = new Thread(() -> code.set(Main.execute(new String[] {"run", "ppp.coverage", "--set", "alpha=3",
            "--realizations", "60000", "--out", tmp.toString(), "--master", "local[2]", "--partitions", "6",
            "--progress", "none"}, new PrintWriter(log, true), new PrintWriter(log, true))));
        run.start();
        while (run.isAlive()) {
            seen.addAll(listening());
            Thread.sleep(20);
        }
        run.join();
        assertEquals(0, code.get(), log.toString());
        assertTrue(!seen.isEmpty(), "the driver listens on something (RPC); the check saw no socket at all");
        for (String s : seen) {
            assertTrue(isLoopback(s), "listening on a non-loopback address: " + s + " (all: " + seen + ")");
        }
    }
}
