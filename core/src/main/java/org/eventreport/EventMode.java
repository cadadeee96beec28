package org.eventreport;

/**
 * PLOVER event modes. Each is valid only for some {@link EventCategory categories}; see {@link
 * EventCategory#modes()}. Some modes (such as {@link #ARREST}) belong to more than one category.
 */
public enum EventMode {
  /** consult: a visit. */
  VISIT,
  /** consult: through a third party. */
  THIRD_PARTY,
  /** consult: a multilateral meeting. */
  MULTILATERAL,
  /** consult: by telephone. */
  PHONE,
  /** retreat or sanction: withdrawal. */
  WITHDRAW,
  /** retreat: release of people or property. */
  RELEASE,
  /** retreat: disarmament. */
  DISARM,
  /** retreat: a ceasefire. */
  CEASEFIRE,
  /** retreat: granting access. */
  ACCESS,
  /** retreat: resignation. */
  RESIGN,
  /** request or reject: assistance. */
  ASSIST,
  /** request or reject: a change of policy or leadership. */
  CHANGE,
  /** request or reject: yielding. */
  YIELD,
  /** request or reject: a meeting. */
  MEET,
  /** accuse: disapproval or condemnation. */
  DISAPPROVE,
  /** accuse: a call for investigation. */
  INVESTIGATE,
  /** accuse: an allegation. */
  ALLEGE,
  /** threaten or coerce: restrictions. */
  RESTRICT,
  /** threaten or coerce: arrest. */
  ARREST,
  /** threaten: breaking relations. */
  RELATIONS,
  /** threaten or sanction: expulsion. */
  EXPEL,
  /** threaten: territorial claims. */
  TERRITORY,
  /** threaten: violence. */
  VIOLENCE,
  /** protest: a demonstration, rally or march. */
  DEMO,
  /** protest: a riot. */
  RIOT,
  /** protest: a strike. */
  STRIKE,
  /** protest: a hunger strike. */
  HUNGER,
  /** protest: a boycott. */
  BOYCOTT,
  /** protest: obstruction or blockade. */
  OBSTRUCT,
  /** protest: vandalism. */
  VANDALIZE,
  /** sanction: a conviction. */
  CONVICT,
  /** sanction: discontinuing a relation or aid. */
  DISCONTINUE,
  /** mobilize: troops. */
  TROOPS,
  /** mobilize: weapons. */
  WEAPONS,
  /** mobilize: police. */
  POLICE,
  /** mobilize: militia. */
  MILITIA,
  /** coerce: seizure. */
  SEIZE,
  /** coerce: censorship. */
  CENSOR,
  /** coerce: a curfew. */
  CURFEW,
  /** coerce: martial law. */
  MARTIAL_LAW,
  /** coerce: deportation. */
  DEPORT,
  /** coerce: withholding goods or services. */
  WITHHOLD,
  /** coerce: misinformation. */
  MISINFORMATION,
  /** coerce: a cyber operation. */
  CYBER,
  /** assault: abduction. */
  ABDUCT,
  /** assault: beating. */
  BEAT,
  /** assault: torture. */
  TORTURE,
  /** assault: sexual violence. */
  SEXUAL,
  /** assault: targeted killing. */
  TARGETED,
  /** assault: destruction of property. */
  DESTROY,
  /** assault: primitive weapons. */
  PRIMITIVE,
  /** assault: firearms. */
  FIREARMS,
  /** assault: explosives. */
  EXPLOSIVES,
  /** assault: a suicide attack. */
  SUICIDE_ATTACK,
  /** assault: an aerial attack. */
  AERIAL,
  /** assault: a drone attack. */
  DRONE,
  /** assault: heavy weapons. */
  HEAVY_WEAPONS,
  /** assault: crowd-control weapons. */
  CROWD_CONTROL,
  /** assault: unconventional weapons. */
  UNCONVENTIONAL
}
