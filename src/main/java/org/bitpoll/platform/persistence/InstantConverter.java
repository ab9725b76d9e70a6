package org.bitpoll.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Stores instants in {@code TIMESTAMP WITH TIME ZONE} columns (JPA 3.1 knows no {@link Instant}). Written as an
 * {@link OffsetDateTime} in UTC; read back from what the driver returns for such a column, which differs: H2 gives
 * an {@code OffsetDateTime}, PostgreSQL a {@code java.sql.Timestamp}. Either way the instant is exact, whatever
 * zone the JVM runs in.
 */
@Converter
public class InstantConverter implements AttributeConverter<Instant, Object> {

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalArgumentException("not a timestamp with time zone: " + value.getClass());
    }
}
