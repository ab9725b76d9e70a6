/**
 * What the accounts feature offers the rest of the application: who is behind a logged-in principal, and finding
 * other people's accounts by user name or name.
 */
package org.bitpoll.account.application;
