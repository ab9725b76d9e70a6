/**
 * The pages about the site rather than its polls: imprint and privacy policy (the operator's address or text),
 * problems (whom to write to), licences, technical information, and robots.txt beside them. None has a form, so
 * reading them keeps no state.
 */
package org.bitpoll.info.web;
