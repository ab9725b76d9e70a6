/**
 * Who is visiting: the logged-in account from the container's security identity (Elytron), if any. The
 * accounts feature plugs its login into the container; nothing here changes then.
 */
package org.bitpoll.platform.security;
