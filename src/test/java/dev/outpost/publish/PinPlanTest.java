package dev.outpost.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.publish.PinPlan.Issue;
import dev.outpost.publish.PinPlan.OpenOutage;
import dev.outpost.publish.PinPlan.Options;
import dev.outpost.publish.PinPlan.Pinned;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PinPlanTest {
  private static final Options PIN_ONLY = new Options(false, false);

  @Test
  void noOpenOutageChangesNothing() {
    PinPlan plan = PinPlan.of(List.of(pinned(3, false, false)), List.of(), Set.of(), PIN_ONLY);

    assertTrue(plan.isEmpty());
  }

  @Test
  void pinsTheOneOpenOutage() {
    PinPlan plan = PinPlan.of(List.of(), List.of(open(12, 10)), Set.of(12), PIN_ONLY);

    assertEquals(Optional.of(new Issue("I_12", 12)), plan.pin());
    assertEquals(List.of(), plan.unpin());
  }

  @Test
  void ofFourOpenOutagesPinsOnlyTheNewest() {
    PinPlan plan =
        PinPlan.of(
            List.of(),
            List.of(open(12, 10), open(15, 40), open(13, 20), open(14, 30)),
            Set.of(12, 13, 14, 15),
            PIN_ONLY);

    assertEquals(Optional.of(new Issue("I_15", 15)), plan.pin());
  }

  @Test
  void anUnconfirmedReportIsNeverPinned() {
    PinPlan plan = PinPlan.of(List.of(), List.of(open(12, 10), open(20, 50)), Set.of(12), PIN_ONLY);

    assertEquals(Optional.of(new Issue("I_12", 12)), plan.pin(), "#20 is a stranger's report");
  }

  @Test
  void threePinsHeldByOtherIssuesAreLeftAloneWithAWarning() {
    PinPlan plan =
        PinPlan.of(
            List.of(pinned(1, false, false), pinned(2, true, false), pinned(3, false, false)),
            List.of(open(12, 10)),
            Set.of(12),
            PIN_ONLY);

    assertTrue(plan.isEmpty(), "a closed issue that is not an outage is not unpinned either");
    assertEquals(
        List.of(
            "cannot pin outage #12: GitHub pins at most 3 issues and #1, #2, #3 hold the places;"
                + " unpin one of them"),
        plan.warnings());
  }

  @Test
  void anOutageClosedSinceTheLastRunIsUnpinnedAndFreesItsPlace() {
    PinPlan plan =
        PinPlan.of(
            List.of(pinned(1, false, false), pinned(7, true, true), pinned(3, false, false)),
            List.of(open(12, 10)),
            Set.of(12),
            PIN_ONLY);

    assertEquals(List.of(new Issue("I_7", 7)), plan.unpin());
    assertEquals(Optional.of(new Issue("I_12", 12)), plan.pin());
  }

  @Test
  void anOpenOutageAlreadyPinnedNeedsNothing() {
    PinPlan plan =
        PinPlan.of(
            List.of(pinned(12, false, true)),
            List.of(new OpenOutage("I_12", 12, at(10), true, false, false)),
            Set.of(12),
            PIN_ONLY);

    assertTrue(plan.isEmpty());
  }

  @Test
  void commentsOnceAndLocksWhenAsked() {
    PinPlan plan =
        PinPlan.of(
            List.of(),
            List.of(
                new OpenOutage("I_12", 12, at(10), false, false, true),
                new OpenOutage("I_13", 13, at(20), false, true, false)),
            Set.of(12, 13),
            new Options(true, true));

    assertEquals(List.of(new Issue("I_13", 13)), plan.comment(), "#12 has its link already");
    assertEquals(List.of(new Issue("I_12", 12)), plan.lock(), "#13 is locked already");
  }

  private static Pinned pinned(int number, boolean closed, boolean outage) {
    return new Pinned("I_" + number, number, closed, outage);
  }

  private static OpenOutage open(int number, int minute) {
    return new OpenOutage("I_" + number, number, at(minute), false, false, false);
  }

  private static Instant at(int minute) {
    return Instant.parse("2026-11-21T10:00:00Z").plusSeconds(60L * minute);
  }
}
