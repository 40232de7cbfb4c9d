/**
 * The presentation decks, listed once: the deck model defines what each one shows, and the URL
 * parser (url.ts) accepts exactly these in `deck=`.
 * - arena: the quarterly meeting (title, podium, boards, movers, one card per speaker, summary).
 * - overview: the lobby loop (the published boards only).
 */
export const DECK_IDS = ['arena', 'overview'] as const
export type DeckId = (typeof DECK_IDS)[number]
