package secmc.jobs.parquet;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import secmc.scenario.ResultRow;

/** The writer's last guard: a row with NaN or infinity is refused before anything is written. */
class FiniteGuardTest {
    static ResultRow row(Double estimate, Double theory) {
        return new ResultRow("ppp.coverage", "alpha=3", "beta_db", 0, "coverage", estimate, null, null, null, 10, 0,
                theory, "{}", 1, "v");
    }

    @Test
    void nonFiniteValuesAreRefusedNullsAreFine() {
        DatasetWriter.checkFinite(List.of(row(0.5, null), row(null, 0.7)));
        var e = assertThrows(IllegalStateException.class, () -> DatasetWriter.checkFinite(List.of(row(Double.NaN, 0.7))));
        assertTrue(e.getMessage().startsWith("non-finite estimate = NaN"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> DatasetWriter.checkFinite(List.of(row(0.5, Double.POSITIVE_INFINITY))));
        assertTrue(e.getMessage().startsWith("non-finite theory = Infinity"), e.getMessage());
    }
}
