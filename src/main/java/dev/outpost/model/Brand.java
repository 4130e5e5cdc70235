package dev.outpost.model;

import java.util.Arrays;

/**
 * What makes the page a team's own, from files in its repository: a logo, an icon, a colour for
 * links and accents, a style sheet, and a header and footer in Markdown. Status colours are not
 * part of it: they carry meaning and stay Outpost's.
 *
 * @param color the colour of links and accents in the light scheme, as {@code #rrggbb}; {@code
 *     null} for Outpost's
 * @param darkColor the same in the dark scheme; {@code null} for Outpost's
 * @param logo the logo shown before the title; {@code null} for none
 * @param darkLogo the logo in the dark scheme; {@code null} to show {@code logo} in both
 * @param icon the icon browsers show in tabs; {@code null} for Outpost's
 * @param stylesheet a style sheet linked after Outpost's; {@code null} for none
 * @param header Markdown shown under the navigation of every page; empty for none
 * @param footer Markdown shown in the footer of every page; empty for none
 */
public record Brand(
    String color,
    String darkColor,
    File logo,
    File darkLogo,
    File icon,
    File stylesheet,
    String header,
    String footer) {
  /** Outpost's own look. */
  public static final Brand NONE = new Brand(null, null, null, null, null, null, "", "");

  public Brand {
    header = header == null ? "" : Characters.clean(header);
    footer = footer == null ? "" : Characters.clean(footer);
  }

  /** Whether the colours are the team's. */
  public boolean hasColors() {
    return color != null || darkColor != null;
  }

  /**
   * A file read from the repository.
   *
   * @param type what it is, as the extension Outpost gives its copy: {@code svg}, {@code png},
   *     {@code ico} or {@code css}
   * @param bytes its content
   */
  public record File(String type, byte[] bytes) {
    public File {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof File f && type.equals(f.type) && Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
      return 31 * type.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "File[" + type + ", " + bytes.length + " bytes]";
    }
  }
}
