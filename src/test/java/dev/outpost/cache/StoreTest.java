package dev.outpost.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept file: exact keys, its fingerprint, whole or ignored, and only what a build used. */
class StoreTest {
  @TempDir Path dir;
  private final List<String> notices = new ArrayList<>();

  @Test
  void aValueIsFoundUnderExactlyItsKeyInTheNextBuild() throws IOException {
    Store first = open("code a");
    assertNull(first.get(b("key")));
    first.put(b("key"), b("value"));
    first.put(b("other"), b("second value"));
    first.save();

    Store second = open("code a");
    assertArrayEquals(b("value"), second.get(b("key")));
    assertArrayEquals(b("second value"), second.get(b("other")));
    assertNull(second.get(b("ke")));
    assertNull(second.get(b("key ")));
    assertEquals(List.of(), notices);
  }

  @Test
  void keysWithTheSameHashAreToldApart() throws IOException {
    // Keys are hashed by their CRC-32; these two have the same one.
    assertEquals(crc32(b("erJIIsgT")), crc32(b("hKrOElKs")));
    Store first = open("code a");
    first.put(b("erJIIsgT"), b("one"));
    first.put(b("hKrOElKs"), b("two"));
    first.save();

    Store second = open("code a");
    assertArrayEquals(b("two"), second.get(b("hKrOElKs")));
    assertArrayEquals(b("one"), second.get(b("erJIIsgT")));
  }

  @Test
  void aSavedFileHoldsOnlyWhatTheBuildAskedForOrPut() throws IOException {
    Store first = open("code a");
    first.put(b("asked"), b("1"));
    first.put(b("forgotten"), b("2"));
    first.save();

    Store second = open("code a");
    second.get(b("asked"));
    second.put(b("new"), b("3"));
    second.save();

    Store third = open("code a");
    assertArrayEquals(b("1"), third.get(b("asked")));
    assertArrayEquals(b("3"), third.get(b("new")));
    assertNull(third.get(b("forgotten")));
  }

  @Test
  void aBuildThatUsedEverythingAndAddedNothingLeavesTheFileAsItIs() throws IOException {
    Store first = open("code a");
    first.put(b("one"), b("1"));
    first.put(b("two"), b("2"));
    first.save();
    Path file = dir.resolve("kept.bin");
    byte[] bytes = Files.readAllBytes(file);
    java.nio.file.attribute.FileTime written = java.nio.file.attribute.FileTime.fromMillis(0);
    Files.setLastModifiedTime(file, written);

    Store same = open("code a");
    same.get(b("one"));
    same.get(b("two"));
    same.save();
    assertEquals(written, Files.getLastModifiedTime(file), "rewritten, though nothing changed");

    Store fewer = open("code a");
    fewer.get(b("one"));
    fewer.save();
    assertTrue(Files.getLastModifiedTime(file).compareTo(written) > 0, "not rewritten");
    assertNull(open("code a").get(b("two")));

    Files.write(file, bytes);
    Files.setLastModifiedTime(file, written);
    Store replaced = open("code a");
    replaced.get(b("one"));
    replaced.get(b("two"));
    replaced.put(b("two"), b("2 again"));
    replaced.save();
    assertTrue(Files.getLastModifiedTime(file).compareTo(written) > 0, "not rewritten");
    assertArrayEquals(b("2 again"), open("code a").get(b("two")));
  }

  @Test
  void anotherFingerprintIgnoresTheFileAndSaysSo() throws IOException {
    Store first = open("code a");
    first.put(b("key"), b("value"));
    first.save();

    Store other = open("code b");
    assertNull(other.get(b("key")));
    assertEquals(1, notices.size());
    assertTrue(
        notices.get(0).contains("another build of Outpost or for other settings"), notices.get(0));
    assertTrue(notices.get(0).contains(dir.resolve("kept.bin").toString()), notices.get(0));
  }

  @Test
  void aDamagedFileIsIgnoredWithAWarningWhereverTheDamage() throws IOException {
    Store first = open("code a");
    for (int i = 0; i < 50; i++) {
      first.put(b("key " + i), b("value " + i));
    }
    first.save();
    byte[] whole = Files.readAllBytes(dir.resolve("kept.bin"));

    for (int at = 0; at < whole.length; at += 7) {
      byte[] damaged = whole.clone();
      damaged[at] ^= 0x20;
      Files.write(dir.resolve("kept.bin"), damaged);
      notices.clear();
      Store store = open("code a");
      for (int i = 0; i < 50; i++) {
        assertNull(
            store.get(b("key " + i)), "byte " + at + " flipped, yet key " + i + " was found");
      }
      assertEquals(1, notices.size(), "byte " + at);
      assertTrue(notices.get(0).startsWith("warning: the test file "), notices.get(0));
    }
    for (int length : new int[] {0, 1, 12, whole.length / 2, whole.length - 1}) {
      Files.write(dir.resolve("kept.bin"), java.util.Arrays.copyOf(whole, length));
      notices.clear();
      assertNull(open("code a").get(b("key 1")), "cut to " + length);
      assertEquals(1, notices.size(), "cut to " + length);
    }
  }

  @Test
  void noFileIsNoValuesAndNoNotice() {
    assertNull(open("code a").get(b("key")));
    assertEquals(List.of(), notices);
  }

  private Store open(String fingerprint) {
    return Store.open(dir.resolve("kept.bin"), b(fingerprint), "the test file", notices::add);
  }

  private static byte[] b(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static long crc32(byte[] bytes) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes);
    return crc.getValue();
  }
}
