package org.bitpoll.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.time.Instant;
import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class InstantColumnsTest {

    static class Base {
        Instant created;
    }

    static class Entity extends Base {
        Instant due;
        String title;
    }

    private static DirectToFieldMapping map(RelationalDescriptor descriptor, String attribute) {
        return (DirectToFieldMapping) descriptor.addDirectMapping(attribute, attribute + "_column");
    }

    @Test
    void instantColumnsAreBoundAsTimestampsWithTimeZoneAndOthersKeepTheirType() {
        RelationalDescriptor descriptor = new RelationalDescriptor();
        descriptor.setJavaClass(Entity.class);
        descriptor.setTableName("entity");
        DatabaseField due = map(descriptor, "due").getField();
        DatabaseField created = map(descriptor, "created").getField();
        DatabaseField title = map(descriptor, "title").getField();
        Project project = new Project(new DatabaseLogin());
        project.addDescriptor(descriptor);

        new InstantColumns().customize(project.createDatabaseSession());

        assertThat(due.getSqlType()).isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
        assertThat(created.getSqlType()).as("declared by a superclass").isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
        assertThat(title.getSqlType()).isEqualTo(DatabaseField.NULL_SQL_TYPE);
    }
}
