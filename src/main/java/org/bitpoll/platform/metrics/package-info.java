/**
 * Bitpoll's counters in the server's Micrometer registry, served with WildFly's own metrics in the Prometheus
 * format at {@code /metrics} on the management interface (configure-server.cli): page views per page, votes cast
 * and changed, logins by outcome. Tags come from small fixed sets (never a poll, a person or an address), so the
 * number of series stays bounded.
 */
package org.bitpoll.platform.metrics;
