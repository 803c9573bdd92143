package secmc.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import secmc.jobs.spark.SparkSessions;
import secmc.scenario.RunSpec;

/** {@code secmc run <id>}: one scenario to a Parquet dataset under {@code --out}. */
@Command(name = "run", description = "Run one scenario and write its dataset to OUT/ID (Parquet, atomically).")
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID",
            description = "Scenario id (see 'secmc list'); optional with --config, whose file names it.")
    String id;

    @Mixin
    StudyOptions study = new StudyOptions();

    @Mixin
    ExecOptions exec = new ExecOptions();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/runs",
            description = "Output directory; the dataset goes to DIR/ID. Default: ${DEFAULT-VALUE}.")
    String out;

    @Option(names = "--plot", description = "Also plot the dataset (PNG and SVG in DIR).")
    boolean plot;

    @Override
    public Integer call() {
        RunSpec run = study.resolve(id);
        exec.validate();
        Path outDir = Outputs.checkDirectory(out, "--out");
        PrintWriter pw = spec.commandLine().getOut();
        SparkSession spark = SparkSessions.create(exec.master, exec.sparkConf());
        try {
            Execution.run(spark, run, exec, outDir, plot, pw);
        } finally {
            spark.stop();
        }
        return 0;
    }
}
