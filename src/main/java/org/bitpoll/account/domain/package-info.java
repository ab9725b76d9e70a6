/**
 * Accounts of people who log in. For now only what polls need to name their owner; registration, login and
 * groups plug in here later.
 */
package org.bitpoll.account.domain;
