/** The invitations page of a poll's management: invite, resend, delete, remind, and the automatic reminder. */
package org.bitpoll.invitation.web;
