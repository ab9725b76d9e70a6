/**
 * Business failures: one exception type per broken rule, carrying the resource-bundle key of its message and,
 * where the rule concerns one form field, that field's component id. Declared an application exception that
 * rolls back in {@code ejb-jar.xml}, so the domain stays free of EJB imports.
 */
package org.bitpoll.platform.error;
