package secmc.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The width rule of the vector twin's fused PPP kernel ({@link Kernels}): an explicit
 * {@code secmc.kernel.bits} wins; unset (or unknown), only the launcher's fused-PPP-only hint
 * asks for 512 bits (the choice itself is made once per JVM, so it is tested as a function).
 */
class KernelWidthTest {
    @Test
    void explicitPropertyWinsOverTheHint() {
        assertTrue(Kernels.wantWide("512", false));
        assertTrue(Kernels.wantWide(" 512 ", true));
        assertFalse(Kernels.wantWide("256", true));
        assertFalse(Kernels.wantWide("256", false));
    }

    @Test
    void unsetFollowsTheHint() {
        assertTrue(Kernels.wantWide(null, true));
        assertFalse(Kernels.wantWide(null, false));
        assertTrue(Kernels.wantWide("", true));
        assertFalse(Kernels.wantWide("auto", false));
    }

    @Test
    void hintAfterTheChoiceIsRefused() {
        Kernels.get();
        assertFalse(Kernels.hintFusedPppOnly());
    }
}
