/**
 * The poll pages: the router that gives polls readable addresses, the management link, and one thin view bean
 * per page (create, view, and the three option editors).
 */
package org.bitpoll.poll.web;
