/** The person's own polls, the download of their data, and deleting their account: one service. */
package org.bitpoll.profile.application;
