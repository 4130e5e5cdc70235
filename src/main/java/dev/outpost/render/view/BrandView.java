package dev.outpost.render.view;

import dev.outpost.render.SafeHtml;

/**
 * The team's own look on every page. Paths are from the site root.
 *
 * @param icon the icon's path, such as {@code assets/favicon.svg}
 * @param iconType the icon's media type, such as {@code image/svg+xml}
 * @param logo the logo's path; {@code null} for none
 * @param darkLogo the logo's path in the dark scheme; {@code null} to show {@code logo} in both
 * @param stylesheet the team's style sheet's path, linked after Outpost's; {@code null} for none
 * @param header the header snippet, shown under the navigation; empty for none
 * @param footer the footer snippet; empty for none
 */
public record BrandView(
    String icon,
    String iconType,
    String logo,
    String darkLogo,
    String stylesheet,
    SafeHtml header,
    SafeHtml footer) {}
