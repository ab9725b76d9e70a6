/**
 * The poll pages: the router that gives polls readable addresses, the management link, and one thin view bean
 * per page (create, view, the three option editors, and the management pages: settings, answer values, copy,
 * delete).
 */
package org.bitpoll.poll.web;
