/** JPA implementation of the invitation repository, and the pending invitations the poll page shows. */
package org.bitpoll.invitation.persistence;
