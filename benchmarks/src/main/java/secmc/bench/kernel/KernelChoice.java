package secmc.bench.kernel;

import secmc.kernel.Kernel;
import secmc.kernel.Kernels;

/** Resolves a {@code @Param} kernel name: {@code scalar} (the specification) or {@code vector} (the SIMD twin). */
final class KernelChoice {
    private KernelChoice() {
    }

    static Kernel of(String name) {
        return switch (name) {
            case "scalar" -> Kernels.scalar();
            case "vector" -> Kernels.vector().orElseThrow(() -> new IllegalStateException(
                    "Vector API twin not usable: run with --add-modules jdk.incubator.vector on 256-bit hardware"));
            default -> throw new IllegalArgumentException("kernel must be scalar or vector, got " + name);
        };
    }
}
