package jp.medsec.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordELResolverTest {

    record Row(long id, String fullName) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void readsRecordComponentsAsProperties() {
        ELContext context = context();
        assertEquals("山田 太郎", resolver.getValue(context, new Row(7, "山田 太郎"), "fullName"));
        assertTrue(context.isPropertyResolved());
        assertEquals(7L, resolver.getValue(context(), new Row(7, "x"), "id"));
    }

    @Test
    void leavesEverythingElseToOtherResolvers() {
        ELContext context = context();
        assertNull(resolver.getValue(context, new Row(1, "x"), "nothing"));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = context();
        assertTrue(resolver.isReadOnly(context, new Row(1, "x"), "id"));
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context(), new Row(1, "x"), "id", 2L));
    }
}
