/**
 * Accounts of people who log in, local or from the directory, and the rules of registering them: user names,
 * e-mail addresses, the password policy, and the signed links mailed for registration, password reset and a
 * change of address (with the server's signing key and the used links).
 */
package org.bitpoll.account.domain;
