/**
 * The accounts' services: who is behind a logged-in principal, logins, registration, password reset, a person's
 * own address and password, the mailed links and the mails themselves ({@code Mailer}).
 */
package org.bitpoll.account.application;
