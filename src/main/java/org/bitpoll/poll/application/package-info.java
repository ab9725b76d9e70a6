/**
 * Use cases of polls: create one, set up its options, read it for display. Services load, call the aggregate and
 * store; the rules live in {@code poll.domain}.
 */
package org.bitpoll.poll.application;
