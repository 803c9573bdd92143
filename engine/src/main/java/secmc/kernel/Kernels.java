package secmc.kernel;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the kernel implementation once, at class initialisation: the Vector-API twin
 * ({@code secmc.kernel.simd.VectorKernel}) when the module {@code jdk.incubator.vector} is
 * readable (the JVM was started with {@code --add-modules jdk.incubator.vector}) and the
 * hardware has 256-bit vectors, else the scalar specification, with one logged line saying why.
 *
 * <p>The system property {@code secmc.kernel} ({@code auto} by default, {@code scalar},
 * {@code vector}) overrides the choice, e.g. to compare both in one benchmark; {@code vector}
 * where the module is missing falls back like {@code auto}. Scenarios that use only the
 * lane-ordered kernels give the same results with either choice (see {@link Kernel}).
 * <p>Width of the twin's fused PPP kernel ({@link Kernel#pppFadedSum}; same bits either way):
 * {@code secmc.kernel.bits=512} or {@code 256} forces it; unset, it is 512 bits when the hardware
 * runs 512-bit vectors natively and a launcher that knows this JVM's whole workload said, before
 * the first {@link #get()}, that it calls no other vector kernel ({@link #hintFusedPppOnly()}:
 * {@code secmc run ppp.coverage} with the plain estimator), else 256. Why not always 512: on JDK 17
 * a JVM that runs both 512-bit and 256-bit Vector-API code ends up with some kernels compiled
 * without intrinsics, which box every vector (see {@code VectorKernel}).
 */
public final class Kernels {
    private static final System.Logger LOG = System.getLogger(Kernels.class.getName());
    private static final String VECTOR_CLASS = "secmc.kernel.simd.VectorKernel";
    /** Set by {@link #hintFusedPppOnly()} before the choice is made. */
    private static volatile boolean fusedPppOnly;
    /** Set once the choice is made (after which hints are refused). */
    private static volatile boolean chosen;

    private Kernels() {
    }

    /** The choice, made on first use (so a launcher can hint first). */
    private static final class Holder {
        static final Kernel SELECTED = select();
    }

    /** The kernel chosen at start-up. */
    public static Kernel get() {
        return Holder.SELECTED;
    }

    /**
     * Tells the selection that this JVM will call no vector kernel but {@link Kernel#pppFadedSum},
     * so its 512-bit variant is safe where the hardware has it (see the class comment). Only a
     * launcher that knows the whole workload of the JVM may say so, before the first {@link #get()}.
     *
     * @return whether the hint came in time (the choice was not made yet)
     */
    public static synchronized boolean hintFusedPppOnly() {
        if (chosen) {
            return false;
        }
        fusedPppOnly = true;
        return true;
    }

    /**
     * Whether the twin's fused PPP kernel should be 512 bits wide (where the hardware has them):
     * an explicit {@code secmc.kernel.bits} (512 or 256) decides, else the launcher's hint.
     */
    static boolean wantWide(String bitsProperty, boolean fusedPppOnlyHint) {
        String bits = bitsProperty == null ? "" : bitsProperty.trim();
        if (bits.equals("512")) {
            return true;
        }
        if (bits.equals("256")) {
            return false;
        }
        return fusedPppOnlyHint;
    }

    /** The scalar specification, always available. */
    public static Kernel scalar() {
        return ScalarKernel.INSTANCE;
    }

    /** The Vector-API twin if it can run here (module readable, 256-bit vectors), else empty. Logs nothing. */
    public static Optional<Kernel> vector() {
        return loadVector(new StringBuilder(), false);
    }

    private static synchronized Kernel select() {
        chosen = true;
        String mode = System.getProperty("secmc.kernel", "auto").trim().toLowerCase(Locale.ROOT);
        if (mode.equals("scalar")) {
            LOG.log(Level.INFO, "secmc kernels: scalar (secmc.kernel=scalar)");
            return ScalarKernel.INSTANCE;
        }
        StringBuilder why = new StringBuilder();
        boolean wide = wantWide(System.getProperty("secmc.kernel.bits"), fusedPppOnly);
        Optional<Kernel> v = loadVector(why, wide);
        if (v.isPresent()) {
            LOG.log(Level.DEBUG, "secmc kernels: vector (jdk.incubator.vector), fused PPP kernel "
                    + (wide ? "512-bit where the hardware runs it" : "256-bit"));
            return v.get();
        }
        LOG.log(Level.INFO, "secmc kernels: scalar fallback, " + why
                + " (start the JVM with --add-modules jdk.incubator.vector for the SIMD kernels)");
        return ScalarKernel.INSTANCE;
    }

    private static Optional<Kernel> loadVector(StringBuilder why, boolean wide) {
        Optional<Module> module = ModuleLayer.boot().findModule("jdk.incubator.vector");
        if (module.isEmpty() || !Kernels.class.getModule().canRead(module.get())) {
            why.append("module jdk.incubator.vector is not readable");
            return Optional.empty();
        }
        try {
            Class<?> c = Class.forName(VECTOR_CLASS, true, Kernels.class.getClassLoader());
            if (!(Boolean) c.getMethod("usable").invoke(null)) {
                why.append("no 256-bit vector support on this hardware");
                return Optional.empty();
            }
            return Optional.of((Kernel) c.getMethod("create", boolean.class).invoke(null, wide));
        } catch (ReflectiveOperationException | LinkageError e) {
            why.append("the vector kernels failed to load: ").append(e);
            return Optional.empty();
        }
    }
}
