/**
 * What the PowerPoint builder (./pptx.ts) reads the deck with: the same models and wording helpers
 * the slides use, handed to it by the presentation rather than imported by it. pptx.ts is loaded on
 * a click; if it imported these modules itself, the bundler would see a new set of chunks sharing
 * them and split the presentation's (and the first view's) chunks to match, making every first
 * load a little heavier for a button few press. Passed in, they stay where they are.
 */
export { districtsById } from '../../../domain/model/dataset'
export { moverChange } from '../../../domain/tables/movers'
export { dataText } from '../../../lib/format'
export {
  boardModel,
  buildDeck,
  closingModel,
  deckSourceIds,
  districtCardModel,
  moversModel,
  podiumModel,
  slideFacts,
  titleModel,
} from '../model/deck'
export { secondhandFor, sourceLine } from '../slides/slide-parts'
