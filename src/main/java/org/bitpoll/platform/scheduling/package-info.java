/**
 * Scheduling: the operator's calendar schedules ({@link org.bitpoll.platform.scheduling.CalendarSchedules}, a
 * setting such as {@code hour=3 minute=15} read into an EJB {@link jakarta.ejb.ScheduleExpression}) and the
 * persistent programmatic timers of the application's timer beans
 * ({@link org.bitpoll.platform.scheduling.PersistentTimers}: one per bean, never doubled by a redeploy).
 */
package org.bitpoll.platform.scheduling;
