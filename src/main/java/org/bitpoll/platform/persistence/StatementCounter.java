package org.bitpoll.platform.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink executes on the current thread, so tests can check that a page's cost
 * does not grow with the size of a poll. Registered in persistence.xml; costs one increment per statement.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void postExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
    }

    /** Counts a statement run with plain JDBC, outside EclipseLink. */
    public static void countDirect() {
        COUNT.get()[0]++;
    }

    /** Starts counting anew on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** The statements executed on this thread since the last reset. */
    public static int count() {
        return COUNT.get()[0];
    }
}
