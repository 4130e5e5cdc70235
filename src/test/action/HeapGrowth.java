import java.util.ArrayList;
import java.util.List;

/**
 * Keeps about 800 MB alive while making as much garbage, as a build of a long history may: with
 * the Action's JVM flags the heap must grow to hold it, not collect in vain.
 */
public class HeapGrowth {
  public static void main(String[] args) {
    List<byte[]> kept = new ArrayList<>();
    long garbage = 0;
    for (int i = 0; i < 800_000; i++) {
      kept.add(new byte[1000]);
      garbage += new byte[1000 + i % 2000].length;
    }
    System.out.println(kept.size() + " arrays kept, " + garbage / 1_000_000 + " MB of garbage");
  }
}
