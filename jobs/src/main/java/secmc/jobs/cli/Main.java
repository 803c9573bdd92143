package secmc.jobs.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code secmc} command line. Bad input (unknown scenario or parameter, malformed or
 * out-of-range value, unreadable file) prints one line naming what is wrong and its valid
 * range, exits with code 2 and writes nothing.
 */
@Command(name = "secmc", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Monte Carlo engine for physical-layer-security research: every figure of three papers, with theory beside simulation.",
        subcommands = {ListCommand.class, DescribeCommand.class, RunCommand.class, PlotCommand.class,
                       ExportCommand.class, FiguresCommand.class, GalleryCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code for a failure that is not the user's input (I/O, Spark). */
    public static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("secmc: error: " + oneLine(ex.getMessage()));
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                err.println("secmc: error: " + oneLine(ex.getMessage()));
                err.flush();
                return BAD_INPUT;
            }
            err.println("secmc: failed: " + oneLine(String.valueOf(ex.getMessage())) + " (" + ex.getClass().getSimpleName() + ")");
            if (System.getenv("SECMC_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        });
        return cl.execute(args);
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return (i < 0 ? s : s.substring(0, i)).trim();
    }

    /** Prints the engine version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"secmc " + secmc.scenario.EngineVersion.get()};
        }
    }
}
