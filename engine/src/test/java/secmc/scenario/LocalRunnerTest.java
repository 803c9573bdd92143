package secmc.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalRunnerTest {
    private final Scenario s = Catalog.get("ppp.coverage");

    private List<ResultRow> run(int threads, long n, long seed) {
        RunSpec spec = RunSpec.of(s, s.defaults(), s.plan(s.defaults()), n, seed);
        return Results.rows(spec, new LocalRunner(threads).run(spec));
    }

    @Test
    void threadCountChangesNothing() {
        // 25 000 realizations = blocks of 10 000, 10 000 and 5 000 per curve.
        List<ResultRow> one = run(1, 25_000, 9);
        assertEquals(one, run(3, 25_000, 9));
        assertEquals(one, run(2, 25_000, 9));
        one.forEach(r -> assertEquals(25_000, r.realizations()));
    }

    @Test
    void seedChangesTheNumbers() {
        assertNotEquals(run(2, 10_000, 1), run(2, 10_000, 2));
    }

    @Test
    void tasksCoverEveryRealizationOnce() {
        RunSpec spec = RunSpec.of(s, s.defaults(), s.plan(s.defaults()), 25_000, 1);
        List<Task> tasks = spec.tasks();
        assertEquals(6, tasks.size());
        assertEquals(50_000, tasks.stream().mapToLong(Task::realizations).sum());
        assertEquals(5_000, tasks.get(2).realizations());
    }
}
