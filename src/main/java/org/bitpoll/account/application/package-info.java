/** What the accounts feature offers the rest of the application: today, who is behind a logged-in principal. */
package org.bitpoll.account.application;
