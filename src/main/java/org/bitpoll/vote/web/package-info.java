/**
 * The vote pages (cast, change, delete), the edit link of guest votes, the results table on the poll page and
 * the CSV export.
 */
package org.bitpoll.vote.web;
