/**
 * Persistence plumbing shared by every feature: the entity base class, attribute converters, and the Flyway
 * migration that brings the schema up to date when the application is deployed.
 */
package org.bitpoll.platform.persistence;
