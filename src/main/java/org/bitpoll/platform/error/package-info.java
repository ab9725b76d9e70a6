/**
 * Business failures: not found, forbidden, or a broken {@link org.bitpoll.platform.error.Rule} (one enum of rules
 * per feature, each naming the resource-bundle key of its message). Declared an application exception that rolls
 * back in {@code ejb-jar.xml}, so the domain stays free of EJB imports.
 */
package org.bitpoll.platform.error;
