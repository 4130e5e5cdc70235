/**
 * Typed view records, one per page and part of a page: what the templates in {@code
 * site-templates/} take. Plain strings are escaped by the templates; only {@link
 * dev.outpost.render.SafeHtml} is written as it is.
 */
package dev.outpost.render.view;
