package jp.medsec.audit;

import jp.medsec.institution.Institution;
import jp.medsec.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A peer check names the institution that carries it out, which is never the one checked. */
class AuditTest {

    private static Institution institution(long id, String name) throws Exception {
        Constructor<Institution> constructor = Institution.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        Institution institution = constructor.newInstance();
        for (String[] field : new String[][]{{"id", null}, {"name", name}}) {
            Field f = Institution.class.getDeclaredField(field[0]);
            f.setAccessible(true);
            f.set(institution, field[1] == null ? (Object) id : field[1]);
        }
        return institution;
    }

    @Test
    void anInstitutionDoesNotCheckItself() throws Exception {
        Institution hospital = institution(7, "自院");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Audit.peerCheck(hospital, institution(7, "自院"),
                null, List.of(), "相互チェック", "staff", Instant.now()));
        assertEquals("audit.checksItself", refused.code());
        assertThrows(NullPointerException.class, () -> Audit.peerCheck(hospital, null, null, List.of(), "x", "staff",
                Instant.now()));
    }
}
