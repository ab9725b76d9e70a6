/** The JPA repository of watches. */
package org.bitpoll.watch.persistence;
