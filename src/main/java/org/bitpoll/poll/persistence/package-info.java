/** JPA implementations of the poll feature's repositories. */
package org.bitpoll.poll.persistence;
