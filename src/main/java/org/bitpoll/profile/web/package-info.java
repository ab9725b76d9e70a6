/** The pages {@code /account/polls/} and {@code /account/delete/}, and the download {@code /account/data.json}. */
package org.bitpoll.profile.web;
