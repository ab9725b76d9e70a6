/**
 * The accounts' services: who is behind a logged-in principal, logins, registration, password reset, a person's
 * own address and password, the mailed links and the mails themselves ({@code Mailer}), and finding other
 * people's accounts by user name or name.
 */
package org.bitpoll.account.application;
