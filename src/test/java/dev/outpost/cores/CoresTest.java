package dev.outpost.cores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class CoresTest {
  @Test
  void everyItemIsDoneExactlyOnce() {
    AtomicIntegerArray done = new AtomicIntegerArray(10_000);

    Cores.forEach(done.length(), done::incrementAndGet);

    for (int i = 0; i < done.length(); i++) {
      assertEquals(1, done.get(i), "item " + i);
    }
  }

  @Test
  void noItemsIsNoWork() {
    AtomicInteger done = new AtomicInteger();

    Cores.forEach(0, i -> done.incrementAndGet());

    assertEquals(0, done.get());
  }

  /** A thread's state: the items it did, and the threads that used it. */
  private static final class State {
    final List<Integer> items = new ArrayList<>();
    final Set<Thread> users = ConcurrentHashMap.newKeySet();
  }

  @Test
  void eachThreadHasStateOfItsOwn() {
    List<State> states = new ArrayList<>();

    Cores.forEach(
        1_000,
        () -> {
          State state = new State();
          synchronized (states) {
            states.add(state);
          }
          return state;
        },
        (state, i) -> {
          state.users.add(Thread.currentThread());
          state.items.add(i); // unsynchronised: only its own thread touches it
        });

    assertTrue(
        states.size() <= Runtime.getRuntime().availableProcessors(), states.size() + " states");
    states.forEach(state -> assertTrue(state.users.size() <= 1, state.users.toString()));
    assertEquals(1_000, states.stream().mapToInt(state -> state.items.size()).sum());
  }

  @Test
  void theFirstFailureIsThrownAsItIsAndStopsTheRest() {
    IOException full = new IOException("disk full");
    AtomicInteger done = new AtomicInteger();

    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                Cores.forEach(
                    1_000,
                    i -> {
                      if (i == 0) {
                        throw full;
                      }
                      pause();
                      done.incrementAndGet();
                    }));

    assertSame(full, thrown);
    assertTrue(done.get() < 100, done.get() + " items done after the failure");
  }

  @Test
  void anErrorIsThrownAsItIs() {
    AssertionError broken = new AssertionError("broken");

    assertSame(
        broken,
        assertThrows(
            AssertionError.class,
            () ->
                Cores.forEach(
                    100,
                    i -> {
                      if (i == 50) {
                        throw broken;
                      }
                    })));
  }

  /** Long enough that a failure is seen before the other threads are done. */
  private static void pause() {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
