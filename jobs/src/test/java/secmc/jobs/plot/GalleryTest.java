package secmc.jobs.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import secmc.jobs.cli.Main;

/**
 * {@code secmc figures} writes {@code index.html}; every image of it loads in a real browser
 * (headless Chromium, Debian's {@code chromium} package, installed here with apt-get when
 * missing and we are root).
 */
class GalleryTest {
    @TempDir
    static Path tmp;

    static Path figures;

    @BeforeAll
    static void runFigures() {
        figures = tmp.resolve("figures");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new String[] {"figures", "--only", "ppp.coverage,guardzone.fig3", "--realizations", "2000",
            "--master", "local[2]", "--out", figures.toString()}, new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(0, code, e.toString());
        assertTrue(o.toString().contains("gallery: "), o.toString());
    }

    private static List<String> pngs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().toList();
        }
    }

    @Test
    void indexListsEveryPlotWithCaptionParametersAndDatasetLink() throws IOException {
        String html = Files.readString(figures.resolve(Gallery.INDEX));
        List<String> pngs = pngs(figures);
        assertTrue(pngs.size() >= 3, "ppp.coverage has one panel, guardzone.fig3 at least two: " + pngs);
        for (String png : pngs) {
            assertTrue(html.contains("<img src=\"" + png + "\""), png);
            assertTrue(html.contains("href=\"" + png.replace(".png", ".svg") + "\""), png + " links its SVG");
        }
        for (String id : List.of("ppp.coverage", "guardzone.fig3")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
            assertTrue(html.contains("<a href=\"" + id + "/\">dataset (Parquet)</a>"), id + " links its dataset");
        }
        assertTrue(html.contains("Kishk and Dhillon"), "caption names the paper");
        assertTrue(html.contains("Fig. 3 &mdash; Connection probability p_c vs guard-zone radius r_g"), "figure and title");
        assertTrue(html.contains("<td><code>lambda_P</code></td><td>0.01</td><td>1/m^2</td>"), "parameters with units");
        try (Stream<Path> s = Files.list(figures)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        // the gallery is pure HTML: nothing fetched from elsewhere
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"), "self-contained");
    }

    /** Chromium's executable, installing Debian's package when missing (root only); null if impossible. */
    static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return null;
        }
        try {
            if (exec(List.of("apt-get", "install", "-y", "-q", "chromium"), 900) != 0) {
                exec(List.of("apt-get", "update", "-q"), 600);
                exec(List.of("apt-get", "install", "-y", "-q", "chromium"), 900);
            }
        } catch (IOException e) {
            return null;
        }
        return Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : null;
    }

    private static int exec(List<String> cmd, int seconds) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return -1;
        }
    }

    @Test
    void everyImageLoadsInHeadlessChromium() throws IOException, InterruptedException {
        String chrome = chromium();
        Assumptions.assumeTrue(chrome != null, "headless Chromium is not installed and could not be installed"
                + " (apt-get install chromium needs root and a package mirror): gallery browser check skipped");
        // A copy of the gallery beside it (same relative links) with a probe that runs after the
        // load event, when every image has loaded or failed: it records how many decoded.
        String html = Files.readString(figures.resolve(Gallery.INDEX));
        String probe = "<script>window.addEventListener('load',function(){var im=[].slice.call(document.images);"
                + "var ok=im.filter(function(i){return i.complete&&i.naturalWidth>0;});"
                + "var bad=im.filter(function(i){return !(i.complete&&i.naturalWidth>0);}).map(function(i){return i.getAttribute('src');});"
                + "document.body.setAttribute('data-images',im.length);document.body.setAttribute('data-loaded',ok.length);"
                + "document.body.setAttribute('data-broken',bad.join(' '));});</script>";
        Path check = figures.resolve("gallery-check.html");
        Files.writeString(check, html.replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);
        Path profile = Files.createDirectories(tmp.resolve("chromium-profile"));
        List<String> cmd = new ArrayList<>(List.of(chrome, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
                "--virtual-time-budget=20000", "--dump-dom", check.toUri().toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        Matcher n = Pattern.compile("data-images=\"(\\d+)\"").matcher(dom);
        Matcher ok = Pattern.compile("data-loaded=\"(\\d+)\"").matcher(dom);
        Matcher bad = Pattern.compile("data-broken=\"([^\"]*)\"").matcher(dom);
        assertTrue(n.find() && ok.find() && bad.find(), "the probe ran; chromium printed: "
                + dom.substring(0, Math.min(dom.length(), 500)));
        int expected = pngs(figures).size();
        assertEquals(expected, Integer.parseInt(n.group(1)), "one <img> per PNG");
        assertEquals(expected, Integer.parseInt(ok.group(1)), "images that failed to load: " + bad.group(1));
    }
}
