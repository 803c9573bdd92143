package secmc.random;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;

/**
 * Seeds from identity: the only place in secmc where random generators are created.
 *
 * <p>A Monte Carlo task is identified by (master seed, scenario id, cell index, block index).
 * Its generator is seeded from a SplitMix64-style hash of exactly these four values and of
 * nothing else (no thread, partition, host or clock), so a task gives the same numbers
 * wherever and however often it runs. The generator is XoShiRo256++ (Commons RNG), whose
 * 256-bit state is filled by four successive SplitMix64 outputs, as its authors recommend.
 */
public final class TaskRandom {
    /** The golden-ratio increment of SplitMix64 (Steele, Lea and Flood 2014). */
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private TaskRandom() {
    }

    /**
     * The 64-bit identity hash of a task.
     *
     * @param masterSeed the run's master seed (any value)
     * @param scenarioId the scenario id, e.g. {@code "ppp.coverage"}
     * @param cell index of the work cell (a grid point, or a group of points simulated with
     *     common random numbers), {@code >= 0}
     * @param block index of the block of realizations within the cell, {@code >= 0}
     * @return a well-mixed 64-bit seed
     */
    public static long seed(long masterSeed, String scenarioId, long cell, long block) {
        if (scenarioId == null || scenarioId.isEmpty()) {
            throw new IllegalArgumentException("scenarioId must be a non-empty string");
        }
        if (cell < 0) {
            throw new IllegalArgumentException("cell must be >= 0, got " + cell);
        }
        if (block < 0) {
            throw new IllegalArgumentException("block must be >= 0, got " + block);
        }
        long h = mix64(masterSeed + GOLDEN_GAMMA);
        h = mix64(h ^ stringHash(scenarioId));
        h = mix64(h + GOLDEN_GAMMA * (cell + 1));
        return mix64(h ^ mix64(GOLDEN_GAMMA * (block + 1) + 0x632be59bd9b4e019L));
    }

    /**
     * A new generator for one task. Consumes nothing from any other generator.
     *
     * @see #seed(long, String, long, long)
     */
    public static UniformRandomProvider generator(long masterSeed, String scenarioId, long cell, long block) {
        return fromSeed(seed(masterSeed, scenarioId, cell, block));
    }

    /**
     * A generator from a 64-bit seed, expanded to 256 bits of state with SplitMix64.
     * Use only with a seed produced by {@link #seed}; exposed for sub-streams within a task
     * (e.g. one per curve) derived as {@code seed(…)} of a finer identity.
     */
    public static UniformRandomProvider fromSeed(long seed) {
        long s = seed;
        long[] state = new long[4];
        for (int i = 0; i < 4; i++) {
            s += GOLDEN_GAMMA;
            state[i] = mix64(s);
        }
        return new XoShiRo256PlusPlus(state);
    }

    /** SplitMix64 finalizer (Stafford's variant 13): a bijection on 64-bit values. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over the UTF-8 bytes, then mixed: stable across JVMs, unlike String.hashCode's spread. */
    static long stringHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix64(h);
    }
}
