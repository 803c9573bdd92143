package secmc.jobs.checkpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import secmc.jobs.blocks.Target;
import secmc.jobs.parquet.RunDescription;
import secmc.scenario.EngineVersion;
import secmc.scenario.RunSpec;
import secmc.scenario.TaskResult;

/**
 * A run directory ({@code --run-dir D}): everything needed to finish a run after its driver
 * died. Layout:
 * <pre>
 * D/run.bin          the run (spec, target, output path), Java-serialized: resume recomputes exactly it
 * D/run.json         the same for people, plus "complete": false until the dataset is written
 * D/blocks/c{cell}-b{block}.bin   one finished task (its tallies), written as it arrives
 * D/lock             locked (OS file lock) while a process runs the run; the OS drops it when the process dies
 * </pre>
 * Every file is written to a temporary name in the same directory and renamed atomically, so a
 * file present under its final name is whole; a kill leaves at most a stray {@code .tmp} file,
 * which {@link #load} deletes. Blocks are pure functions of their identity, so a block read back
 * equals the block recomputed, bit for bit.
 */
public final class CheckpointStore implements AutoCloseable {
    /** The human-readable state of the run directory. */
    public static final String RUN_JSON = "run.json";
    static final String RUN_BIN = "run.bin";
    static final String BLOCKS = "blocks";
    private static final Pattern BLOCK = Pattern.compile("c(\\d+)-b(\\d+)\\.bin");

    /**
     * What a run directory stores about the run.
     *
     * @param spec the resolved run (for adaptive runs: realizations = the maximum)
     * @param target precision target, or null for a fixed number of realizations
     * @param initialRealizations realizations per point of the first round (adaptive runs)
     * @param outDir the output directory (absolute) the dataset goes to
     * @param plot whether to plot after writing
     * @param engineVersion the engine that computed the blocks
     */
    public record StoredRun(RunSpec spec, Target target, long initialRealizations, String outDir, boolean plot,
                            String engineVersion) implements Serializable {
    }

    static final String LOCK = "lock";

    private final Path dir;
    private final StoredRun run;
    private final java.nio.channels.FileChannel lockChannel;

    private CheckpointStore(Path dir, StoredRun run) {
        this.dir = dir;
        this.run = run;
        this.lockChannel = lock(dir);
    }

    /**
     * Takes the run directory's lock so two drivers never fill one run directory (a killed
     * driver's lock is released by the OS, so resume after SIGKILL works). Held until
     * {@link #close()} or the process ends.
     */
    private static java.nio.channels.FileChannel lock(Path dir) {
        java.nio.channels.FileChannel ch = null;
        try {
            ch = java.nio.channels.FileChannel.open(dir.resolve(LOCK), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE);
            if (ch.tryLock() == null) {
                throw new java.nio.channels.OverlappingFileLockException();
            }
            return ch;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            closeQuietly(ch);
            throw new IllegalArgumentException("run directory '" + dir + "' is in use by another secmc process");
        } catch (IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException("cannot lock run directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(java.nio.channels.FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing to release
            }
        }
    }

    /** Releases the run directory's lock. */
    public void close() {
        closeQuietly(lockChannel);
    }

    /**
     * Starts a new run directory (created if absent). Refuses a directory that already holds a run:
     * that one is continued with {@code --resume}.
     */
    public static CheckpointStore create(Path dir, StoredRun run) {
        if (Files.exists(dir.resolve(RUN_BIN)) || Files.exists(dir.resolve(RUN_JSON))) {
            throw new IllegalArgumentException("--run-dir '" + dir + "' already holds a run: continue it with 'secmc run --resume "
                    + dir + "' or choose an empty directory");
        }
        try {
            Files.createDirectories(dir.resolve(BLOCKS));
            CheckpointStore s = new CheckpointStore(dir, run);
            writeAtomically(dir.resolve(RUN_BIN), serialize(run));
            s.writeState(false, null, 0);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing run directory for {@code --resume}. */
    public static CheckpointStore open(Path dir) {
        if (!Files.isRegularFile(dir.resolve(RUN_BIN))) {
            throw new IllegalArgumentException("--resume '" + dir + "' is not a secmc run directory (no " + RUN_BIN + ")");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dir.resolve(RUN_BIN));
        } catch (IOException e) {
            throw new IllegalArgumentException("--resume '" + dir + "' is not a secmc run directory (no readable " + RUN_BIN + ")");
        }
        StoredRun run;
        try {
            run = (StoredRun) deserialize(bytes);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--resume '" + dir + "': " + RUN_BIN + " cannot be read by this secmc version ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (!run.engineVersion().equals(EngineVersion.get())) {
            throw new IllegalArgumentException("--resume '" + dir + "' was started by engine " + run.engineVersion()
                    + ", this is " + EngineVersion.get() + ": its blocks may differ; start a new run");
        }
        return new CheckpointStore(dir, run);
    }

    public Path dir() {
        return dir;
    }

    public StoredRun run() {
        return run;
    }

    /** Saves one finished task (atomically). */
    public void save(TaskResult r) {
        try {
            writeAtomically(dir.resolve(BLOCKS).resolve(name(r.cell(), r.block())), serialize(r));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot checkpoint block (" + r.cell() + ", " + r.block() + ") in " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** Every block finished so far, by {@link #key}. Deletes stray temporary files of an interrupted write. */
    public Map<Long, TaskResult> load() {
        Map<Long, TaskResult> out = new HashMap<>();
        try (Stream<Path> files = Files.list(dir.resolve(BLOCKS))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                Matcher m = BLOCK.matcher(n);
                if (!m.matches()) {
                    if (n.contains(".tmp-")) {
                        Files.deleteIfExists(f);
                    }
                    continue;
                }
                TaskResult r = (TaskResult) deserialize(Files.readAllBytes(f));
                if (r.cell() != Integer.parseInt(m.group(1)) || r.block() != Long.parseLong(m.group(2))) {
                    throw new IllegalStateException("block file " + f + " holds block (" + r.cell() + ", " + r.block() + ")");
                }
                out.put(key(r.cell(), r.block()), r);
            }
        } catch (NoSuchFileException e) {
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoints in " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Records in {@code run.json} whether the dataset was written (and where). */
    public void writeState(boolean complete, String dataset, long blocksDone) {
        ObjectNode n = RunDescription.of(run.spec());
        n.put("complete", complete);
        n.put("out_dir", run.outDir());
        if (dataset != null) {
            n.put("dataset", dataset);
        }
        if (run.target() != null) {
            ObjectNode t = n.putObject("target");
            if (run.target().absolute() != null) {
                t.put("ci_half_width", run.target().absolute());
            }
            if (run.target().relative() != null) {
                t.put("ci_half_width_relative", run.target().relative());
            }
            t.put("initial_realizations", run.initialRealizations());
            t.put("max_realizations", run.spec().realizations());
        }
        n.put("blocks_done", blocksDone);
        try {
            writeAtomically(dir.resolve(RUN_JSON), RunDescription.toJson(n).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(RUN_JSON) + ": " + e.getMessage(), e);
        }
    }

    /** The key of block {@code block} of cell {@code cell} (blocks per cell stay below 2^40). */
    public static long key(int cell, long block) {
        return ((long) cell << 40) | block;
    }

    static String name(int cell, long block) {
        return "c" + cell + "-b" + block + ".bin";
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static byte[] serialize(Object o) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    static Object deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
