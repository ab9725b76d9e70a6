/** The account settings page {@code /account/} (F31). */
package org.bitpoll.account.web;
