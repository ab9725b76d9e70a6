/** SQL implementations of the group feature's repositories. */
package org.bitpoll.group.persistence;
