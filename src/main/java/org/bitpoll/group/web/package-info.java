/** The groups pages: the groups home ({@code /groups/}) and a group's page ({@code /groups/<id>/}). */
package org.bitpoll.group.web;
