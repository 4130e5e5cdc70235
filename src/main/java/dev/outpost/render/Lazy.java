package dev.outpost.render;

import java.util.function.Supplier;

/** Values computed on first use, by whichever thread asks first, then shared. */
public final class Lazy {
  private Lazy() {}

  /** {@code supplier}'s value, computed once, when first asked for; safe on any thread. */
  public static <T> Supplier<T> once(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }
}
