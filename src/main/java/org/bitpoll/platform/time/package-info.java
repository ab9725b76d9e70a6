/** The time: one injectable {@link java.time.Clock}, so rules that depend on it take it rather than read it. */
package org.bitpoll.platform.time;
