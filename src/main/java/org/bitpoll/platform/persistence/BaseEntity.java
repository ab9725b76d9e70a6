package org.bitpoll.platform.persistence;

import java.util.Objects;

/** Entities are equal when they are of the same class and have the same database id (BalusC's pattern). */
public abstract class BaseEntity {

    public abstract Long getId();

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        Long id = getId();
        return id != null && id.equals(((BaseEntity) other).getId());
    }

    @Override
    public int hashCode() {
        Long id = getId();
        return id == null ? System.identityHashCode(this) : Objects.hash(getClass(), id);
    }
}
