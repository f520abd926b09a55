package org.partnerledger.web.openapi;

import org.partnerledger.web.Rejection;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codes each package's rejections can carry, by status, read from the rejections themselves: every static
 * factory and public constructor of a {@link Rejection} class is called once with placeholder arguments. The documents then list the codes
 * of the code that raises them, and a new code appears in them without anyone writing it down twice.
 */
final class RejectionCatalog {

    private static final Map<Class<?>, Object> PRIMITIVE_ZEROS = Map.of(int.class, 0, long.class, 0L,
            short.class, (short) 0, byte.class, (byte) 0, double.class, 0.0, float.class, 0.0f, boolean.class, false,
            char.class, ' ');

    private final Map<String, Map<Integer, Set<String>>> byPackage = new ConcurrentHashMap<>();

    /** The codes of the rejections declared in the package and in every package above it within {@code root}. */
    Map<Integer, Set<String>> codesFor(String packageName, String root) {
        Map<Integer, Set<String>> codes = new TreeMap<>();
        for (String name = packageName; name.startsWith(root); name = parent(name)) {
            byPackage.computeIfAbsent(name, RejectionCatalog::scan).forEach((status, some) ->
                    codes.computeIfAbsent(status, any -> new TreeSet<>()).addAll(some));
        }
        return codes;
    }

    private static String parent(String packageName) {
        int dot = packageName.lastIndexOf('.');
        return dot < 0 ? "" : packageName.substring(0, dot);
    }

    /** The rejections of exactly this package, not of those below it. */
    private static Map<Integer, Set<String>> scan(String packageName) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Rejection.class));
        Map<Integer, Set<String>> codes = new TreeMap<>();
        scanner.findCandidateComponents(packageName).stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                .filter(type -> type.getPackageName().equals(packageName))
                .flatMap(type -> rejections(type).stream())
                .forEach(rejection -> codes.computeIfAbsent(rejection.status(), any -> new TreeSet<>())
                        .add(rejection.code()));
        return codes;
    }

    /** What its static factories and public constructors make, each called once with placeholders. */
    private static List<Rejection> rejections(Class<?> type) {
        List<Rejection> rejections = new ArrayList<>();
        for (Constructor<?> constructor : type.getConstructors()) {
            try {
                rejections.add((Rejection) constructor.newInstance(placeholders(constructor.getParameterTypes())));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read the code of " + constructor, e);
            }
        }
        for (Method factory : type.getDeclaredMethods()) {
            if (Modifier.isStatic(factory.getModifiers()) && Rejection.class.isAssignableFrom(factory.getReturnType())) {
                factory.setAccessible(true);
                try {
                    rejections.add((Rejection) factory.invoke(null, placeholders(factory.getParameterTypes())));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot read the code of " + factory, e);
                }
            }
        }
        return rejections;
    }

    private static Object[] placeholders(Class<?>[] types) {
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            arguments[i] = placeholder(types[i]);
        }
        return arguments;
    }

    private static Object placeholder(Class<?> type) {
        if (type.isPrimitive()) {
            return PRIMITIVE_ZEROS.get(type);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return type.isAssignableFrom(List.class) ? List.of() : Set.of();
        }
        if (type == LocalDate.class) {
            return LocalDate.EPOCH;
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == UUID.class) {
            return new UUID(0, 0);
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ZERO;
        }
        return type.isAssignableFrom(String.class) ? "" : null;
    }
}
