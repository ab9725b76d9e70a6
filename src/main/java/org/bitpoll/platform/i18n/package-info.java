/** The languages Bitpoll speaks (English, German, Italian) and the switch between them. */
package org.bitpoll.platform.i18n;
