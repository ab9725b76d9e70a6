/** JPA implementation of the vote repository and the results read model. */
package org.bitpoll.vote.persistence;
