/**
 * Who is visiting: {@link org.bitpoll.platform.security.Visitors} resolves the {@link
 * org.bitpoll.platform.security.Visitor} of a request once, from the container's security identity (Elytron) and
 * the secrets the browser's cookies hold, and the secret-link servlet makes a browser remember such a secret. The
 * accounts feature plugs in through {@link org.bitpoll.platform.security.AccountDirectory}; nothing else here
 * changes then.
 */
package org.bitpoll.platform.security;
