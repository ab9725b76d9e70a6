/** The JPA repository of the groups feature: its entities, and native SQL for the memberships others ask for. */
package org.bitpoll.group.persistence;
