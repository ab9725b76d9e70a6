/**
 * The account pages: the settings page {@code /account/} (F31), and registration and mailed links: asking for an
 * account and creating it from the mailed link, password reset, and a logged-in person's own e-mail address and
 * password. One thin view-scoped bean per page.
 */
package org.bitpoll.account.web;
