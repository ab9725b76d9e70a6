/**
 * Bitpoll's MicroProfile Health checks, which WildFly's management interface serves with its own at
 * {@code /health/ready} and {@code /health/live} (configure-server.cli): ready when the database answers and its
 * schema is at the newest migration of this WAR; live while the application runs.
 */
package org.bitpoll.platform.health;
