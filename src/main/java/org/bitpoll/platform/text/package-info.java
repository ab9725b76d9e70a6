/** Text that users write and the application shows: Markdown rendered to sanitised HTML. */
package org.bitpoll.platform.text;
