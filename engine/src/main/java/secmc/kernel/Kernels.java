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
 * {@code secmc.kernel.bits=512} opts into the 512-bit fused PPP kernel of the twin (same bits;
 * see {@code VectorKernel()} for why it is not the default on JDK 17).
 */
public final class Kernels {
    private static final System.Logger LOG = System.getLogger(Kernels.class.getName());
    private static final String VECTOR_CLASS = "secmc.kernel.simd.VectorKernel";
    private static final Kernel SELECTED = select();

    private Kernels() {
    }

    /** The kernel chosen at start-up. */
    public static Kernel get() {
        return SELECTED;
    }

    /** The scalar specification, always available. */
    public static Kernel scalar() {
        return ScalarKernel.INSTANCE;
    }

    /** The Vector-API twin if it can run here (module readable, 256-bit vectors), else empty. Logs nothing. */
    public static Optional<Kernel> vector() {
        return loadVector(new StringBuilder());
    }

    private static Kernel select() {
        String mode = System.getProperty("secmc.kernel", "auto").trim().toLowerCase(Locale.ROOT);
        if (mode.equals("scalar")) {
            LOG.log(Level.INFO, "secmc kernels: scalar (secmc.kernel=scalar)");
            return ScalarKernel.INSTANCE;
        }
        StringBuilder why = new StringBuilder();
        Optional<Kernel> v = loadVector(why);
        if (v.isPresent()) {
            LOG.log(Level.DEBUG, "secmc kernels: vector (jdk.incubator.vector, 256-bit)");
            return v.get();
        }
        LOG.log(Level.INFO, "secmc kernels: scalar fallback, " + why
                + " (start the JVM with --add-modules jdk.incubator.vector for the SIMD kernels)");
        return ScalarKernel.INSTANCE;
    }

    private static Optional<Kernel> loadVector(StringBuilder why) {
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
            return Optional.of((Kernel) c.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            why.append("the vector kernels failed to load: ").append(e);
            return Optional.empty();
        }
    }
}
