package secmc.kernel;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Four interleaved xoshiro256+ generators ("lanes"), the random source of the bulk kernels
 * ({@link Kernel#fillUniform}, {@link Kernel#fillExponential}, {@link Kernel#pppFadedSum}).
 * Mutable, not thread-safe: one instance per task, reused across realizations.
 *
 * <p>Why not the task's generator itself: a bulk kernel draws one 64-bit word per lane per
 * step, four lanes at once in one 256-bit vector register (the SIMD twin), which is about 8x
 * cheaper per deviate than a call to a scalar generator. The lanes are a sub-stream derived
 * from the task's generator only ({@link #from} consumes 16 of its 64-bit words), so the
 * identity-seeding rule holds: the same task gives the same lanes, on any machine, with or
 * without the Vector API (the scalar twin produces the same bits).
 *
 * <p>The lane width is fixed at four whatever the hardware's vector width, so results do not
 * depend on the machine. xoshiro256+ (Blackman and Vigna 2018) is their generator of choice
 * for floating-point numbers: only the upper 52 bits of each word are used, never the weak
 * lowest bits. Each lane has period 2^256 - 1; four random 256-bit states overlap with
 * negligible probability.
 *
 * <p>State layout: {@code state[4 * w + lane]} is word {@code w} (0..3) of lane {@code lane}.
 */
public final class LaneStreams {
    /** Number of interleaved generators. Part of the stream definition: never change it. */
    public static final int LANES = 4;

    final long[] state;
    /** Scratch for the SIMD twin's packed layout; created on first use, never part of the state. */
    private long[] packed;

    private LaneStreams(long[] state) {
        this.state = state;
    }

    /**
     * Lanes seeded from the next 16 64-bit words of {@code rng} (lane-major within each word:
     * word 0 of lanes 0..3, then word 1, ...). A lane whose state would be all zero (the one
     * state xoshiro cannot leave; probability 2^-256) gets a fixed non-zero word instead.
     */
    public static LaneStreams from(UniformRandomProvider rng) {
        long[] s = new long[4 * LANES];
        for (int i = 0; i < s.length; i++) {
            s[i] = rng.nextLong();
        }
        for (int lane = 0; lane < LANES; lane++) {
            if ((s[lane] | s[LANES + lane] | s[2 * LANES + lane] | s[3 * LANES + lane]) == 0) {
                s[lane] = 0x9e3779b97f4a7c15L;
            }
        }
        return new LaneStreams(s);
    }

    /** A copy with the same state (its future output equals this one's). */
    public LaneStreams copy() {
        return new LaneStreams(state.clone());
    }

    /** The raw state, {@code 4 * LANES} words (see class comment); the backing array, for the SIMD twin. */
    public long[] state() {
        return state;
    }

    /**
     * A scratch array of {@code 8 * LANES} words owned by this instance, for a SIMD kernel that
     * packs two streams into one register (its contents mean nothing between calls). Allocated
     * once, on first use, so a task's hot loop does not allocate.
     */
    public long[] packBuffer() {
        long[] b = packed;
        if (b == null) {
            b = new long[8 * LANES];
            packed = b;
        }
        return b;
    }

    /**
     * One xoshiro256+ step of lane {@code lane}: returns its next 64-bit word and advances it.
     * The scalar specification of the lanes; the SIMD twin steps all four at once.
     */
    public long next(int lane) {
        long[] s = state;
        long s0 = s[lane];
        long s1 = s[LANES + lane];
        long s2 = s[2 * LANES + lane];
        long s3 = s[3 * LANES + lane];
        long result = s0 + s3;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        s[lane] = s0;
        s[LANES + lane] = s1;
        s[2 * LANES + lane] = s2;
        s[3 * LANES + lane] = s3;
        return result;
    }
}
