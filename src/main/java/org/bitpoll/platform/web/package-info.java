/** Servlet-level helpers shared by features: the cookies that make a browser remember a secret or a choice. */
package org.bitpoll.platform.web;
