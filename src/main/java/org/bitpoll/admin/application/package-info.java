/** The site administrators' use cases (F33, issue 7 item 11): search polls and accounts, administer accounts. */
package org.bitpoll.admin.application;
