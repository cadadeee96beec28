package org.eventreport;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The sixteen PLOVER event categories (the open successor of CAMEO), with the modes PLOVER allows
 * for each.
 */
public enum EventCategory {
  /** Agree to, or accept, a proposal or agreement. */
  AGREE(false),
  /** Meet, visit or talk. */
  CONSULT(false, EventMode.VISIT, EventMode.THIRD_PARTY, EventMode.MULTILATERAL, EventMode.PHONE),
  /** Express support, praise or endorsement. */
  SUPPORT(false),
  /** Make a concession, ease a position. */
  CONCEDE(false),
  /** Cooperate materially; PLOVER requires a recipient. */
  COOPERATE(true),
  /** Give aid; PLOVER requires a recipient. */
  AID(true),
  /** Withdraw, release, disarm or step back. */
  RETREAT(
      false,
      EventMode.WITHDRAW,
      EventMode.RELEASE,
      EventMode.DISARM,
      EventMode.CEASEFIRE,
      EventMode.ACCESS,
      EventMode.RESIGN),
  /** Ask for something: a demand, an appeal, a letter asking for action. */
  REQUEST(false, EventMode.ASSIST, EventMode.CHANGE, EventMode.YIELD, EventMode.MEET),
  /** Accuse, criticise or condemn. */
  ACCUSE(false, EventMode.DISAPPROVE, EventMode.INVESTIGATE, EventMode.ALLEGE),
  /** Reject a request or proposal. */
  REJECT(false, EventMode.ASSIST, EventMode.CHANGE, EventMode.YIELD, EventMode.MEET),
  /** Threaten. */
  THREATEN(
      false,
      EventMode.RESTRICT,
      EventMode.ARREST,
      EventMode.RELATIONS,
      EventMode.EXPEL,
      EventMode.TERRITORY,
      EventMode.VIOLENCE),
  /** Protest: demonstrations, riots, strikes and the like. */
  PROTEST(
      false,
      EventMode.DEMO,
      EventMode.RIOT,
      EventMode.STRIKE,
      EventMode.HUNGER,
      EventMode.BOYCOTT,
      EventMode.OBSTRUCT,
      EventMode.VANDALIZE),
  /** Impose a sanction; PLOVER requires a recipient. */
  SANCTION(true, EventMode.CONVICT, EventMode.EXPEL, EventMode.WITHDRAW, EventMode.DISCONTINUE),
  /** Mobilise forces. */
  MOBILIZE(false, EventMode.TROOPS, EventMode.WEAPONS, EventMode.POLICE, EventMode.MILITIA),
  /** Coerce: seizures, restrictions, arrests and the like. */
  COERCE(
      false,
      EventMode.SEIZE,
      EventMode.RESTRICT,
      EventMode.CENSOR,
      EventMode.CURFEW,
      EventMode.MARTIAL_LAW,
      EventMode.ARREST,
      EventMode.DEPORT,
      EventMode.WITHHOLD,
      EventMode.MISINFORMATION,
      EventMode.CYBER),
  /** Physical violence against people or property. */
  ASSAULT(
      false,
      EventMode.ABDUCT,
      EventMode.BEAT,
      EventMode.TORTURE,
      EventMode.SEXUAL,
      EventMode.TARGETED,
      EventMode.DESTROY,
      EventMode.PRIMITIVE,
      EventMode.FIREARMS,
      EventMode.EXPLOSIVES,
      EventMode.SUICIDE_ATTACK,
      EventMode.AERIAL,
      EventMode.DRONE,
      EventMode.HEAVY_WEAPONS,
      EventMode.CROWD_CONTROL,
      EventMode.UNCONVENTIONAL);

  private final boolean requiresRecipient;

  // Unmodifiable, so the enum is immutable in fact; Error Prone cannot see that through Set.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Set<EventMode> modes;

  EventCategory(boolean requiresRecipient, EventMode... modes) {
    this.requiresRecipient = requiresRecipient;
    EnumSet<EventMode> set = EnumSet.noneOf(EventMode.class);
    Collections.addAll(set, modes);
    this.modes = Collections.unmodifiableSet(set);
  }

  /** The modes PLOVER allows for this category; empty when the category has none. */
  public Set<EventMode> modes() {
    return modes;
  }

  /** Whether {@code mode} is one of this category's modes. */
  public boolean allows(EventMode mode) {
    return modes.contains(mode);
  }

  /**
   * Whether PLOVER requires a recipient for this category: such an event needs a participant in the
   * role {@link Role#TARGET} or {@link Role#ADDRESSEE}.
   */
  public boolean requiresRecipient() {
    return requiresRecipient;
  }
}
