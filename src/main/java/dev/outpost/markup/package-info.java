/**
 * Text written into HTML and XML that Outpost builds by hand (feeds, the sitemap, badges, redirect
 * pages, snippets, e-mail): {@link dev.outpost.markup.Markup#escape} makes any text safe there.
 * Knows only the JDK, so that every stage that writes markup may use it.
 */
package dev.outpost.markup;
