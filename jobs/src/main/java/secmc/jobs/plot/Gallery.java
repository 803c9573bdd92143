package secmc.jobs.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import secmc.jobs.parquet.DatasetWriter;
import secmc.scenario.Catalog;
import secmc.scenario.Scenario;

/**
 * {@code index.html} of a figures directory: every dataset in it (a subdirectory with a run
 * manifest) with its plots, a caption (paper, figure, what it shows), the resolved parameters
 * and links to the dataset, its manifest and the SVGs. Built from the manifests and image files
 * on disk, so it also covers datasets of earlier runs; written atomically. Self-contained:
 * no script, no external resource, relative links only (the directory can be moved or served).
 */
public final class Gallery {
    /** The gallery's file name inside the figures directory. */
    public static final String INDEX = "index.html";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Gallery() {
    }

    /** One figure of the gallery: a dataset and the panels plotted from it. */
    record Entry(String id, JsonNode manifest, List<String> panels) {
    }

    /**
     * Writes {@code dir/index.html} for every dataset directly under {@code dir}.
     *
     * @return the file written
     */
    public static Path write(Path dir) {
        List<Entry> entries = entries(dir);
        String html = html(entries);
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + INDEX + "." + UUID.randomUUID() + ".tmp");
            try {
                Files.writeString(tmp, html, StandardCharsets.UTF_8);
                Path dest = dir.resolve(INDEX);
                Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return dest;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(INDEX) + ": " + e.getMessage(), e);
        }
    }

    static List<Entry> entries(Path dir) {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path d : s.filter(p -> Files.isRegularFile(p.resolve(DatasetWriter.MANIFEST))).toList()) {
                JsonNode m;
                try {
                    m = JSON.readTree(d.resolve(DatasetWriter.MANIFEST).toFile());
                } catch (IOException e) {
                    continue; // not a readable manifest: not ours to show
                }
                String id = d.getFileName().toString();
                List<String> panels = new ArrayList<>();
                for (String metric : panelOrder(id, m)) {
                    if (Files.isRegularFile(dir.resolve(FigurePlotter.fileBase(id, metric) + ".png"))) {
                        panels.add(metric);
                    }
                }
                out.add(new Entry(id, m, panels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(e -> naturalKey(e.id())));
        return out;
    }

    /** The scenario's panel order when it is in the catalogue, else the manifest's metrics. */
    private static List<String> panelOrder(String id, JsonNode m) {
        try {
            Scenario s = Catalog.get(id);
            return s.style().panels();
        } catch (IllegalArgumentException e) {
            List<String> l = new ArrayList<>();
            m.path("metrics").forEach(x -> l.add(x.path("name").asText()));
            return l;
        }
    }

    /** {@code guardzone.fig10} after {@code guardzone.fig9}: numbers compared as numbers. */
    static String naturalKey(String id) {
        Matcher mt = Pattern.compile("\\d+").matcher(id);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (mt.find()) {
            sb.append(id, last, mt.start()).append(String.format(Locale.ROOT, "%09d", Long.parseLong(
                    mt.group().length() > 9 ? mt.group().substring(0, 9) : mt.group())));
            last = mt.end();
        }
        return sb.append(id.substring(last)).toString();
    }

    static String html(List<Entry> entries) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>secmc figures</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 auto;max-width:1200px;padding:1em 2em;color:#222}\n")
                .append("h1{margin-bottom:.2em} nav{columns:3 16em;margin:1em 0 2em;font-size:.95em}\n")
                .append("section{border-top:1px solid #ccc;padding:1.2em 0}\n")
                .append("section h2{font-size:1.25em;margin:.2em 0} .paper{color:#555;margin:.2em 0 .8em}\n")
                .append(".panels{display:flex;flex-wrap:wrap;gap:1em} figure{margin:0;flex:1 1 520px;max-width:100%}\n")
                .append("figure img{width:100%;height:auto;border:1px solid #eee} figcaption{font-size:.9em;color:#333}\n")
                .append("table{border-collapse:collapse;font-size:.85em;margin:.5em 0} td,th{border:1px solid #ddd;padding:.15em .5em;text-align:left}\n")
                .append("code{font-size:.95em} .links a{margin-right:1em} details{margin:.6em 0}\n")
                .append("</style>\n</head>\n<body>\n<h1>secmc figures</h1>\n<p>")
                .append(entries.size())
                .append(" figures. Simulation is drawn as markers with 95&nbsp;% confidence-interval bars, theory as lines."
                        + " Each figure links to its Parquet dataset and run manifest (engine version, git commit, seed,"
                        + " resolved parameters, realizations per point, wall time, Spark master).</p>\n<nav>\n");
        for (Entry e : entries) {
            h.append("<a href=\"#").append(attr(e.id())).append("\">").append(esc(e.id())).append("</a> ")
                    .append(esc(e.manifest().path("figure").asText())).append("<br>\n");
        }
        h.append("</nav>\n");
        for (Entry e : entries) {
            section(h, e);
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void section(StringBuilder h, Entry e) {
        JsonNode m = e.manifest();
        String id = e.id();
        h.append("<section id=\"").append(attr(id)).append("\">\n<h2>").append(esc(id)).append(": ")
                .append(esc(m.path("figure").asText())).append(" &mdash; ").append(esc(m.path("title").asText()))
                .append("</h2>\n<p class=\"paper\">").append(esc(m.path("paper").asText())).append("</p>\n");
        h.append("<div class=\"panels\">\n");
        for (String metric : e.panels()) {
            String base = FigurePlotter.fileBase(id, metric);
            h.append("<figure>\n<a href=\"").append(attr(url(base + ".svg"))).append("\"><img src=\"")
                    .append(attr(url(base + ".png"))).append("\" alt=\"").append(attr(id + " " + metric))
                    .append("\" loading=\"eager\"></a>\n<figcaption>").append(esc(m.path("figure").asText()))
                    .append(", panel <code>").append(esc(metric)).append("</code>");
            String desc = metricDescription(m, metric);
            if (!desc.isEmpty()) {
                h.append(": ").append(esc(desc));
            }
            h.append("</figcaption>\n</figure>\n");
        }
        if (e.panels().isEmpty()) {
            h.append("<p>(no plot: run <code>secmc plot ").append(esc(id)).append("</code>)</p>\n");
        }
        h.append("</div>\n<p class=\"links\"><a href=\"").append(attr(url(id)))
                .append("/\">dataset (Parquet)</a><a href=\"").append(attr(url(id) + "/" + DatasetWriter.MANIFEST))
                .append("\">manifest</a>");
        for (String metric : e.panels()) {
            h.append("<a href=\"").append(attr(url(FigurePlotter.fileBase(id, metric) + ".svg"))).append("\">")
                    .append(esc(metric)).append(".svg</a>");
        }
        h.append("</p>\n");
        JsonNode axis = m.path("axis");
        h.append("<p>x: <code>").append(esc(axis.path("name").asText())).append("</code>");
        if (!axis.path("unit").asText().isEmpty()) {
            h.append(" (").append(esc(axis.path("unit").asText())).append(")");
        }
        h.append(axis.path("log").asBoolean() ? ", log scale" : "").append(", ").append(axis.path("values").size())
                .append(" points; curves: ");
        List<String> labels = new ArrayList<>();
        m.path("curves").forEach(c -> labels.add(c.path("label").asText()));
        h.append(esc(String.join("; ", labels))).append("; ")
                .append(esc(m.path("realizations_per_point").asText())).append(" realizations per point, seed ")
                .append(esc(m.path("master_seed").asText()));
        if (m.has("compute_seconds")) {
            h.append(String.format(Locale.ROOT, ", computed in %.1f s", m.path("compute_seconds").asDouble()));
        }
        if (m.has("spark_master")) {
            h.append(" on <code>").append(esc(m.path("spark_master").asText())).append("</code>");
        }
        h.append(", engine ").append(esc(m.path("engine_version").asText()));
        if (m.has("git_commit")) {
            h.append(" (commit ").append(esc(m.path("git_commit").asText())).append(")");
        }
        h.append(".</p>\n<details><summary>Parameters</summary>\n<table>\n<tr><th>name</th><th>value</th><th>unit</th></tr>\n");
        JsonNode units = m.path("param_units");
        for (Iterator<Map.Entry<String, JsonNode>> it = m.path("params").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            h.append("<tr><td><code>").append(esc(p.getKey())).append("</code></td><td>")
                    .append(esc(p.getValue().asText())).append("</td><td>")
                    .append(esc(units.path(p.getKey()).asText(""))).append("</td></tr>\n");
        }
        h.append("</table>\nCurves override:");
        m.path("curves").forEach(c -> {
            h.append(" <code>").append(esc(c.path("label").asText())).append("</code>");
            List<String> o = new ArrayList<>();
            c.path("overrides").fields().forEachRemaining(f -> o.add(f.getKey() + " = " + f.getValue().asText()));
            h.append(o.isEmpty() ? "" : " (" + esc(String.join(", ", o)) + ")");
        });
        h.append("\n</details>\n</section>\n");
    }

    private static String metricDescription(JsonNode m, String metric) {
        for (JsonNode x : m.path("metrics")) {
            if (x.path("name").asText().equals(metric)) {
                String u = x.path("unit").asText("");
                return x.path("description").asText("") + (u.isEmpty() ? "" : " [" + u + "]");
            }
        }
        return "";
    }

    /** Percent-encodes what a relative URL path cannot hold (ids are [A-Za-z0-9._-] anyway). */
    static String url(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String attr(String s) {
        return esc(s).replace("'", "&#39;");
    }
}
