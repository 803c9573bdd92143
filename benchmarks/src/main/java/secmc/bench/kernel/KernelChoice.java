package secmc.bench.kernel;

import secmc.kernel.Kernel;
import secmc.kernel.Kernels;

/**
 * Resolves a {@code @Param} kernel name: {@code scalar} (the specification), {@code vector} (the
 * SIMD twin as secmc loads it, 256 bits) or {@code vector512} (the opt-in 512-bit fused PPP
 * kernel; other kernels are the 256-bit ones). JMH forks a JVM per parameter set, so the two
 * vector shapes never share a JVM here (see {@code VectorKernel.create} for why that matters).
 */
final class KernelChoice {
    private KernelChoice() {
    }

    static Kernel of(String name) {
        return switch (name) {
            case "scalar" -> Kernels.scalar();
            case "vector" -> Kernels.vector().orElseThrow(() -> new IllegalStateException(
                    "Vector API twin not usable: run with --add-modules jdk.incubator.vector on 256-bit hardware"));
            case "vector512" -> secmc.kernel.simd.VectorKernel.wide();
            default -> throw new IllegalArgumentException("kernel must be scalar, vector or vector512, got " + name);
        };
    }
}
