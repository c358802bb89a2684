package org.disputesuite.platform.events;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The logical type names of one sealed family of contract records. Each record declares its wire
 * name in a {@code public static final String TYPE} field, so no Java class name ever reaches the
 * wire and a rename of a class cannot break a consumer.
 */
public final class EventTypes<T> {

    private final Map<String, Class<? extends T>> classesByName = new HashMap<>();
    private final Map<Class<?>, String> namesByClass = new HashMap<>();

    private EventTypes(Class<T> family) {
        if (!family.isSealed()) {
            throw new IllegalArgumentException(family + " must be a sealed interface");
        }
        for (Class<?> permitted : family.getPermittedSubclasses()) {
            String name = typeNameOf(permitted);
            if (classesByName.put(name, permitted.asSubclass(family)) != null) {
                throw new IllegalStateException("Type name " + name + " is used twice in " + family);
            }
            namesByClass.put(permitted, name);
        }
    }

    public static <T> EventTypes<T> of(Class<T> family) {
        return new EventTypes<>(family);
    }

    public String nameOf(T event) {
        String name = namesByClass.get(event.getClass());
        if (name == null) {
            throw new IllegalArgumentException("Not a member of this family: " + event.getClass());
        }
        return name;
    }

    public Optional<Class<? extends T>> classOf(String typeName) {
        return Optional.ofNullable(classesByName.get(typeName));
    }

    public Map<String, Class<? extends T>> all() {
        return Map.copyOf(classesByName);
    }

    private static String typeNameOf(Class<?> type) {
        try {
            Field field = type.getField("TYPE");
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                throw new IllegalStateException(type + ".TYPE must be a static String");
            }
            return (String) field.get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException(type + " must declare public static final String TYPE", e);
        }
    }
}
