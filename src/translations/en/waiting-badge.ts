/** Strings of `<whoson-waiting-badge>`. */
export const waitingBadgeTerms = {
  /** What the badge says to assistive technology (its visible text is the number alone). */
  waitingBadgeLabel: (count: number) =>
    count === 1 ? '1 chat waiting' : `${count} chats waiting`,
  /** Announced when the count changes while a chat is past its SLA. */
  waitingBadgeBreachedLabel: (count: number) =>
    count === 1 ? '1 chat waiting, past its SLA' : `${count} chats waiting, some past their SLA`,
  waitingBadgeBreached: 'Past SLA',
};
