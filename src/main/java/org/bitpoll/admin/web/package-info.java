/**
 * The admin area under {@code /admin/}, for site administrators only ({@link org.bitpoll.admin.web.AdminArea}
 * answers 403 to everyone else): poll search with links to each poll and its management pages, account search
 * with disabling and the administrator flag.
 */
package org.bitpoll.admin.web;
