package org.partnerledger.web.openapi;

import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.partnerledger.web.PlainText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes into a request body's schema every constraint Bean Validation enforces on it, composed constraints (such as
 * a partner id, a pattern that must be there) and those on list elements included, so that a body the document
 * allows is never refused as invalid.
 */
final class ConstraintSchemas {

    /** Non-blank text without the control characters {@link PlainText} refuses (tab and line breaks are fine). */
    static final String PLAIN_TEXT = "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";

    private final Validator validator;

    ConstraintSchemas(Validator validator) {
        this.validator = validator;
    }

    /** Applies the constraints of the record (or bean) type to its component schema, and its nested types' too. */
    void apply(Class<?> type, Map<String, Schema> components, Set<Class<?>> done) {
        Schema<?> schema = components.get(type.getSimpleName());
        if (schema == null || !done.add(type) || schema.getProperties() == null) {
            return;
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            Schema<?> propertySchema = schema.getProperties().get(property.getPropertyName());
            if (propertySchema == null) {
                continue;
            }
            boolean required = false;
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                required |= constrain(propertySchema, constraint);
            }
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                if (isArray(propertySchema) && propertySchema.getItems() != null) {
                    element.getConstraintDescriptors().forEach(constraint ->
                            constrain(propertySchema.getItems(), constraint));
                }
            }
            if (required) {
                requireProperty(schema, property.getPropertyName());
            }
        }
        for (var component : nestedTypes(type)) {
            apply(component, components, done);
        }
    }

    /** @return whether the constraint makes the property required */
    private static boolean constrain(Schema<?> schema, ConstraintDescriptor<?> constraint) {
        boolean required = false;
        Object annotation = constraint.getAnnotation();
        if (annotation instanceof NotNull) {
            required = true;
        } else if (annotation instanceof NotEmpty) {
            required = true;
            minimumSize(schema, 1);
        } else if (annotation instanceof NotBlank) {
            required = true;
            schema.setPattern(PLAIN_TEXT);
        } else if (annotation instanceof Size size) {
            minimumSize(schema, size.min());
            if (size.max() < Integer.MAX_VALUE) {
                maximumSize(schema, size.max());
            }
        } else if (annotation instanceof Pattern pattern) {
            schema.setPattern("^" + pattern.regexp() + "$");
        } else if (annotation instanceof Min min) {
            schema.setMinimum(BigDecimal.valueOf(min.value()));
        } else if (annotation instanceof Max max) {
            schema.setMaximum(BigDecimal.valueOf(max.value()));
        } else if (annotation instanceof PlainText text) {
            required = !text.optional();
            schema.setMinLength(1);
            schema.setMaxLength(text.max());
            schema.setPattern(PLAIN_TEXT);
        }
        for (ConstraintDescriptor<?> composing : constraint.getComposingConstraints()) {
            required |= constrain(schema, composing);
        }
        return required;
    }

    private static boolean isArray(Schema<?> schema) {
        return "array".equals(schema.getType()) || schema.getTypes() != null && schema.getTypes().contains("array");
    }

    /** Constraints add up: of two minimums (a list not empty, of at most three) the stricter holds. */
    private static void minimumSize(Schema<?> schema, int min) {
        if (isArray(schema)) {
            schema.setMinItems(Math.max(min, schema.getMinItems() == null ? 0 : schema.getMinItems()));
        } else {
            schema.setMinLength(Math.max(min, schema.getMinLength() == null ? 0 : schema.getMinLength()));
        }
    }

    private static void maximumSize(Schema<?> schema, int max) {
        if (isArray(schema)) {
            schema.setMaxItems(Math.min(max, schema.getMaxItems() == null ? max : schema.getMaxItems()));
        } else {
            schema.setMaxLength(Math.min(max, schema.getMaxLength() == null ? max : schema.getMaxLength()));
        }
    }

    private static void requireProperty(Schema<?> schema, String name) {
        List<String> required = schema.getRequired() == null ? new ArrayList<>() : new ArrayList<>(schema.getRequired());
        if (!required.contains(name)) {
            required.add(name);
            schema.setRequired(required);
        }
    }

    /** The record types a record's components hold, directly or as list elements. */
    private static List<Class<?>> nestedTypes(Class<?> type) {
        List<Class<?>> nested = new ArrayList<>();
        if (type.isRecord()) {
            for (var component : type.getRecordComponents()) {
                Class<?> held = component.getType();
                if (List.class.isAssignableFrom(held)
                        && component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                    held = element;
                }
                if (held.isRecord()) {
                    nested.add(held);
                }
            }
        }
        return nested;
    }
}
