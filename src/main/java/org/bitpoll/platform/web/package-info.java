/**
 * Servlet-level parts shared by features: the route table ({@link org.bitpoll.platform.web.Routes}) and the URL
 * builder ({@link org.bitpoll.platform.web.Urls}) of every page, the cookies that make a browser remember a
 * secret or a choice, and the client address that rate limits count by.
 */
package org.bitpoll.platform.web;
