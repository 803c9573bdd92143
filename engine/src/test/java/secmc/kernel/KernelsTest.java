package secmc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class KernelsTest {
    @Test
    void selectsVectorWhenUsableElseScalar() {
        // Under surefire the module is added (parent pom argLine); the choice must follow usability.
        String expected = Kernels.vector().isPresent() && !"scalar".equals(System.getProperty("secmc.kernel"))
                ? "vector" : "scalar";
        assertEquals(expected, Kernels.get().name());
        assertSame(ScalarKernel.INSTANCE, Kernels.scalar());
    }
}
