/**
 * The groups' use cases in one service, the invitation mails sent after the commit, and the mirroring of
 * directory groups at each directory login.
 */
package org.bitpoll.group.application;
