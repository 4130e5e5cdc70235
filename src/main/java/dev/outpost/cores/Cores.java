package dev.outpost.cores;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Work on every core, one item at a time: the calling thread and one thread of the common pool per
 * further core take the next item from a shared counter until none is left, so that no thread idles
 * while another still has a long run of items ahead of it (as a parallel stream's halves and
 * quarters may).
 */
public final class Cores {
  private Cores() {}

  /** The work on item {@code index}, with the state of the thread doing it. */
  @FunctionalInterface
  public interface Work<S, E extends Exception> {
    void on(S state, int index) throws E;
  }

  /** The work on item {@code index}. */
  @FunctionalInterface
  public interface Item<E extends Exception> {
    void on(int index) throws E;
  }

  /** As {@link #forEach(int, Supplier, Work)}, for work that needs no state of its own. */
  public static <E extends Exception> void forEach(int count, Item<E> item) throws E {
    forEach(count, () -> null, (Object none, int index) -> item.on(index));
  }

  /**
   * Does {@code work} on each of the items {@code 0} to {@code count - 1} exactly once, in
   * ascending order of taking, each thread with state made by {@code state} (such as its own
   * buffers). The first exception or error stops the other threads after their current item and is
   * thrown here once they have stopped; the items after it are not done.
   */
  public static <S, E extends Exception> void forEach(
      int count, Supplier<? extends S> state, Work<? super S, E> work) throws E {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          S own = state.get();
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            try {
              work.on(own, i);
            } catch (Exception | Error e) {
              failure.compareAndSet(null, e);
              next.set(count); // the others stop after their current item
            }
          }
        };
    int helpers = Math.min(Runtime.getRuntime().availableProcessors(), count) - 1;
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    for (int i = 0; i < helpers; i++) {
      tasks.add(ForkJoinPool.commonPool().submit(worker));
    }
    worker.run();
    tasks.forEach(ForkJoinTask::join);
    rethrow(failure.get());
  }

  @SuppressWarnings("unchecked")
  private static <E extends Exception> void rethrow(Throwable failed) throws E {
    if (failed instanceof RuntimeException e) {
      throw e;
    }
    if (failed instanceof Error e) {
      throw e;
    }
    if (failed != null) {
      throw (E) failed; // only work's own E is checked
    }
  }
}
