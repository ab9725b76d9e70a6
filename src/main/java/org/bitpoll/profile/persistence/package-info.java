/** The read queries of "My polls" and of the data download, a fixed number of statements each. */
package org.bitpoll.profile.persistence;
