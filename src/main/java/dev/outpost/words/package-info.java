/**
 * The site's languages: the message catalogues ({@code dev/outpost/words/<tag>.properties}, UTF-8),
 * which language a tag such as {@code de-AT} falls back to, and {@link dev.outpost.words.Words},
 * through which pages, feeds and calendars say everything in the site's language, with ICU's plural
 * rules and CLDR's date patterns.
 */
package dev.outpost.words;
