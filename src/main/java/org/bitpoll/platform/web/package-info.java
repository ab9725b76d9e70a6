/**
 * Servlet-level helpers shared by features: the cookies that make a browser remember a secret or a choice, and the
 * client address that rate limits count by.
 */
package org.bitpoll.platform.web;
