/**
 * The invitation services: inviting users and groups, resending and deleting invitations, sending reminders, and
 * the persistent timer of the automatic reminders ({@code bitpoll.reminder-schedule}). Mails are sent outside the
 * transaction that stores the invitations, so a mail server that fails never loses an invitation.
 */
package org.bitpoll.invitation.application;
