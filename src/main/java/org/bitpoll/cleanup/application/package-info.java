/**
 * The nightly cleanup: a persistent EJB timer ({@link org.bitpoll.cleanup.application.CleanupTimer}, schedule
 * {@code bitpoll.cleanup-schedule}) that hands off to {@link org.bitpoll.cleanup.application.Cleanup}, which forgets
 * expired used-link records (account feature), releases idle rate-limit state (platform) and applies the retention
 * of polls (poll feature), and logs one line with the counts. No feature depends on this one.
 */
package org.bitpoll.cleanup.application;
