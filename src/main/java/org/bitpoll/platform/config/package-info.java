/** The operator's settings, read from server system properties (set by wildfly-config or the NixOS module). */
package org.bitpoll.platform.config;
