/**
 * Rate limits: the {@link org.bitpoll.platform.ratelimit.RateLimiter} features ask before they let a client, a
 * poll or an account do something again (votes now; comments, logins and registrations later), its
 * {@link org.bitpoll.platform.ratelimit.Limit}s, and the in-memory implementation of one server (Bucket4j token
 * buckets in a bounded, expiring Caffeine cache).
 */
package org.bitpoll.platform.ratelimit;
