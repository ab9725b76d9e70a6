/**
 * Servlet-level parts shared by every request: the route table ({@link org.bitpoll.platform.web.Routes}) and the
 * URL builder ({@link org.bitpoll.platform.web.Urls}) of every page; how requests are read (UTF-8, within the
 * server's limits), which requests that change something are refused as coming from another site, how error
 * pages see a request, that redirects stay relative, which paths a redirect may follow; and the cookies that
 * make a browser remember a secret or a choice.
 */
package org.bitpoll.platform.web;
