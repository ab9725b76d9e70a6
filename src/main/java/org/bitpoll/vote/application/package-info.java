/** Use cases of votes: cast, change, delete, and read a poll's results as the viewer may see them. */
package org.bitpoll.vote.application;
