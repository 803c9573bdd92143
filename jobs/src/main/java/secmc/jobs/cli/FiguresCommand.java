package secmc.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import secmc.jobs.plot.Gallery;
import secmc.jobs.spark.SparkSessions;
import secmc.scenario.Catalog;
import secmc.scenario.RunSpec;
import secmc.scenario.Scenario;

/**
 * {@code secmc figures}: the main job. Every scenario of the catalogue at one scale, through
 * Spark (local mode by default), each to {@code OUT/ID} with its plots beside it, then the
 * gallery {@code OUT/index.html} of every dataset in {@code OUT}.
 */
@Command(name = "figures", description = "Regenerate every figure: run each scenario at --scale, write OUT/ID datasets and plots.")
final class FiguresCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/figures",
            description = "Output directory. Default: ${DEFAULT-VALUE}.")
    String out;

    @Option(names = "--only", paramLabel = "ID", split = ",",
            description = "Only these scenario ids (comma-separated or repeated).")
    List<String> only = new ArrayList<>();

    @Mixin
    StudyOptions study = new StudyOptions();

    @Mixin
    ExecOptions exec = new ExecOptions();

    @Override
    public Integer call() {
        if (study.config != null) {
            throw new IllegalArgumentException("--config is one study: use 'secmc run --config FILE' instead of 'figures'");
        }
        if (!study.sets.isEmpty()) {
            throw new IllegalArgumentException("--set is per scenario: use 'secmc run ID --set ...' instead of 'figures'");
        }
        List<RunSpec> runs = new ArrayList<>();
        List<String> ids = only.isEmpty() ? Catalog.all().stream().map(Scenario::id).toList() : only;
        for (String id : ids) {
            runs.add(study.resolve(id));
        }
        exec.validate();
        Path outDir = Outputs.checkDirectory(out, "--out");
        PrintWriter pw = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        SparkSession spark = SparkSessions.create(exec.master, exec.sparkConf());
        try {
            for (RunSpec r : runs) {
                Execution.run(spark, r, exec, outDir, true, pw);
            }
        } finally {
            spark.stop();
        }
        Path index = Gallery.write(outDir);
        pw.printf("figures: %d scenarios in %.1f s -> %s (gallery: %s)%n", runs.size(), (System.nanoTime() - t0) / 1e9,
                outDir, index);
        pw.flush();
        return 0;
    }
}
