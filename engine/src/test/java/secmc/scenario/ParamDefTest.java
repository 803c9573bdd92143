package secmc.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParamDefTest {
    private final ParamDef alpha = ParamDef.real("alpha", "", 4, 2, false, 8, true, "path-loss exponent");
    private final ParamDef lambda = ParamDef.real("lambda", "1/m^2", 1e-3, 0, false, 10, true, "density");
    private final ParamDef n = ParamDef.integer("J", "", 5, 1, 50, "SBS count");
    private final ParamDef mode = ParamDef.choice("mode", "exact", List.of("exact", "thinned"), "MC mode");

    @Test
    void messagesNameTheParameterAndItsRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> alpha.parse("2"));
        assertEquals("parameter alpha must be a number in (2, 8], got '2'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> lambda.parse("NaN"));
        assertEquals("parameter lambda must be a number in (0, 10] (1/m^2), got 'NaN'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> lambda.parse("abc"));
        assertTrue(e.getMessage().startsWith("parameter lambda must be a number in (0, 10]"));
        e = assertThrows(IllegalArgumentException.class, () -> n.parse("2.5"));
        assertEquals("parameter J must be an integer in [1, 50], got '2.5'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> mode.parse("fast"));
        assertEquals("parameter mode must be one of {exact, thinned}, got 'fast'", e.getMessage());
    }

    @Test
    void rejectsInfinitiesAndEmpty() {
        for (String bad : new String[] {"Infinity", "-Infinity", "", " ", "1e999", "0x", "-0.0"}) {
            assertThrows(IllegalArgumentException.class, () -> lambda.parse(bad), bad);
        }
    }

    @Test
    void numbersAreDecimalOnly() {
        // Double.parseDouble alone would take these as 3, 2, 8 and 5: typos must not become values
        for (String bad : new String[] {"3f", "2d", "7.5F", "0x1p3", "5D", "3 4", "\u0665"}) {
            assertThrows(IllegalArgumentException.class, () -> alpha.parse(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> n.parse(bad), bad);
        }
        assertEquals(5.0, alpha.parse("+5."));
        assertEquals(2.5, alpha.parse(".25e1"));
        assertEquals(7L, n.parse("7E0"));
    }

    @Test
    void parsesValidValuesToCanonicalTypes() {
        assertEquals(3.5, alpha.parse(" 3.5 "));
        assertEquals(8.0, alpha.parse("8"));
        assertEquals(7L, n.parse("7"));
        assertEquals(7L, n.parse("7.0"));
        assertEquals("thinned", mode.parse("thinned"));
    }

    @Test
    void paramsReplaceValidatesAndKeepsOrder() {
        Params p = Params.defaults(List.of(alpha, lambda, n, mode));
        Params q = p.withText("alpha", "3").with("J", 9L);
        assertEquals(3.0, q.real("alpha"));
        assertEquals(9L, q.integer("J"));
        assertEquals("{\"alpha\":3.0,\"lambda\":0.001,\"J\":9,\"mode\":\"exact\"}", q.toJson());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.withText("beta", "1"));
        assertEquals("unknown parameter 'beta'; known: alpha, lambda, J, mode", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.with("J", 0L));
    }
}
