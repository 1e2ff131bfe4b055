package jp.medsec.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web module's sessions are distributable (replicated between the nodes of the cluster, written to disk when
 * passivated): every view- and session-scoped bean must serialize whole. Injected fields are Weld's business (it
 * checks passivation-capable dependencies at deployment); every other field that is not transient must be of a
 * serializable type, down through the records and classes it holds and the elements of its collections.
 */
class SessionStateTest {

    @Test
    void everyViewAndSessionScopedBeanSerializesWhole() throws Exception {
        List<String> problems = new ArrayList<>();
        for (JavaClass bean : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.medsec.web")) {
            if (!bean.isAnnotatedWith(ViewScoped.class) && !bean.isAnnotatedWith(SessionScoped.class)) {
                continue;
            }
            Class<?> type = Class.forName(bean.getName());
            if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(type.getName() + " is not Serializable");
            }
            check(type, type.getSimpleName(), problems, new HashSet<>());
        }
        assertTrue(problems.isEmpty(), "state a session cannot carry:\n" + String.join("\n", problems));
    }

    private static void check(Class<?> owner, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(owner)) {
            return;
        }
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)
                        || field.isSynthetic()) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum() || c == Object.class) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", problems, seen);
                return;
            }
            if (c.isInterface()) {
                // a collection or map (its elements are checked through the type arguments), or a functional
                // interface of the application, which must itself be Serializable
                if (c.getName().startsWith("jp.medsec") && !Serializable.class.isAssignableFrom(c)) {
                    problems.add(path + ": " + c.getName() + " is not Serializable");
                }
                return;
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
                return;
            }
            if (c.getName().startsWith("jp.medsec")) {
                check(c, path, problems, seen);
            }
        }
    }
}
