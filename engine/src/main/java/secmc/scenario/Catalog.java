package secmc.scenario;

import java.util.Collection;
import java.util.Collections;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Every scenario secmc knows, by id, discovered once through {@link ScenarioProvider}s.
 */
public final class Catalog {
    private static final TreeMap<String, Scenario> SCENARIOS = load();

    private Catalog() {
    }

    /**
     * The scenario with that id.
     *
     * @throws IllegalArgumentException naming the unknown id and the known ones
     */
    public static Scenario get(String id) {
        Scenario s = SCENARIOS.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown scenario '" + id + "'; known: " + String.join(", ", SCENARIOS.keySet()));
        }
        return s;
    }

    /** Whether a scenario with that id exists. */
    public static boolean contains(String id) {
        return SCENARIOS.containsKey(id);
    }

    /** All scenarios, sorted by id. */
    public static Collection<Scenario> all() {
        return Collections.unmodifiableCollection(SCENARIOS.values());
    }

    private static TreeMap<String, Scenario> load() {
        TreeMap<String, Scenario> map = new TreeMap<>();
        for (ScenarioProvider p : ServiceLoader.load(ScenarioProvider.class, Catalog.class.getClassLoader())) {
            for (Scenario s : p.scenarios()) {
                if (map.put(s.id(), s) != null) {
                    throw new IllegalStateException("duplicate scenario id " + s.id());
                }
            }
        }
        return map;
    }
}
