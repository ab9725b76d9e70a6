/** JPA implementations of the account feature's repositories. */
package org.bitpoll.account.persistence;
