/** The English of the rankings strings (./i18n.ts): a chunk of its own, loaded by lib/i18n.ts for lang=en. */
import type { Strings } from '../../lib/i18n'
import type { zh } from './i18n'

export const en = {
  col: {
    rank: 'Rank',
    district: 'District',
    score: 'Score',
    stars: 'Stars',
    totalStars: 'Total stars',
    flags: 'Red flags',
    flagsComposite: 'Red flags (composite)',
    change: 'vs previous',
    status: 'Data status',
  },
  weight: 'of {{w}}',
  weightBonus: 'of {{w}} + bonus {{b}}',
  totalStars: '{{n}}★/{{max}}',
  tie: 'tied',
  noticeDate: 'published {{date}}',
  noticeUnknown: "No copy of this quarter's notice was found",
  sourcesButton: 'Sources ({{n}})',
  notesButton: 'Data notes ({{n}})',
  starNote: {
    text: '{{section}}: the notice printed stars {{printed}}; the stated rule ("10 stars down to 1") gives {{rule}}, which differs in {{count}} places: {{list}}. The tables show the printed stars.',
    item: '{{name}} (rank {{rank}}) printed {{printed}}, {{rule}} by the stated rule',
  },
  starNoteCallout:
    'Note: the printed stars differ from the stated "10 stars down to 1" rule in {{n}} places; the table shows the printed stars (see the data notes).',
  unavailable: 'This table was not published: {{reason}}',
  quarterMissing: 'No data for this quarter',
  partialComposite:
    'Only {{n}} districts have a published composite rank or score this quarter; the rest are "not published".',
  partialCompositeDerived:
    'Only {{n}} districts have a published composite rank or score this quarter; {{d}} more are derived by rule (marked with a dashed purple line); the rest are "not published".',
  sectionsUnknown:
    'No section scores were published for this quarter, and which sections it had is not confirmed (see the data notes)',
  noComposite:
    "No district's composite rank or score for this quarter is found in any public source (see the data notes); the table lists only the published red flags.",
  filter: {
    button: 'Filter districts',
    count: '{{n}} selected',
    search: 'Find by name or alias',
    clear: 'Clear filter',
    remove: 'Remove {{name}}',
    unknown: 'Unknown district ids in the link: {{ids}}. Available districts:',
    none: 'No matching district',
    more: '{{n}} more: type a name to narrow the list',
  },
  search: {
    label: 'Find a unit',
    hint: 'name, pinyin or initials',
    found: '{{n}} found of {{total}}; ranks are over all units.',
    none: 'No unit matches "{{query}}"',
  },
  sortHint: 'Click a column header to sort; unpublished values stay last in both directions.',
  caption: '{{quarter}} {{section}} ranking',
  bonusLabel: 'Bonus items',
  rowsShown: 'Showing {{n}} of {{total}} districts; ranks are over all districts.',
  noSections: '{{quarter}} has no published section scores, only composite ranks or flags.',
  sparse: {
    some: 'Only {{n}} districts have a published composite rank or score this quarter. ',
    none: 'No score table was published this quarter. ',
    link: 'The latest complete results are for {{quarter}} →',
  },
} satisfies Strings<typeof zh>
