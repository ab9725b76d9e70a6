/**
 * Servlet-level parts shared by features: the route table ({@link org.bitpoll.platform.web.Routes}) and the URL
 * builder ({@link org.bitpoll.platform.web.Urls}) of every page, and the cookies that make a browser remember a
 * secret or a choice.
 */
package org.bitpoll.platform.web;
