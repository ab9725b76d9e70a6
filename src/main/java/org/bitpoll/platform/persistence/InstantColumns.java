package org.bitpoll.platform.persistence;

import java.sql.Types;
import java.time.Instant;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Binds a missing instant (a poll without a due date, a choice that is no date, an account that never logged in)
 * as a null {@code TIMESTAMP WITH TIME ZONE}. EclipseLink binds a null by the Java type of its column, which for the
 * columns of {@link InstantConverter} is {@code Object} (the converter reads what each driver returns), and sends a
 * null {@code VARCHAR} for it: H2 converts that, PostgreSQL refuses it for a {@code timestamptz} column. Every
 * {@link Instant} attribute is stored through that converter, so each one's column gets the SQL type. Registered in
 * persistence.xml as the session customizer.
 */
public class InstantColumns implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectToFieldMapping direct
                        && declaredType(descriptor.getJavaClass(), direct.getAttributeName()) == Instant.class) {
                    direct.getField().setSqlType(Types.TIMESTAMP_WITH_TIMEZONE);
                }
            }
        }
    }

    private static Class<?> declaredType(Class<?> entity, String attribute) {
        for (Class<?> type = entity; type != null; type = type.getSuperclass()) {
            for (var field : type.getDeclaredFields()) {
                if (field.getName().equals(attribute)) {
                    return field.getType();
                }
            }
        }
        return null;
    }
}
