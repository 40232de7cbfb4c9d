import type { District } from './schema'

// Pinyin syllables, over-generated from initials × finals (an unused "syllable" costs nothing), to split
// an English name that is pinyin ("Huangdao") into syllables and take its initials ("hd").
const INITIALS = [
  'zh',
  'ch',
  'sh',
  'b',
  'p',
  'm',
  'f',
  'd',
  't',
  'n',
  'l',
  'g',
  'k',
  'h',
  'j',
  'q',
  'x',
  'r',
  'z',
  'c',
  's',
  'y',
  'w',
]
const FINALS =
  'a o e i u v ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong ua uo uai ui uan un uang ue ve'.split(
    ' ',
  )
const SYLLABLES = new Set([...FINALS, ...INITIALS.flatMap((i) => FINALS.map((f) => i + f))])
const LONGEST = 6

/**
 * A pinyin word's syllables, preferring splits whose syllables start with a consonant (pinyin writes an
 * apostrophe before a vowel-initial syllable, so "shinan" is shi-nan, not shin-an); null when the word is
 * not pinyin. Example: pinyinSyllables('huangdao') → ['huang', 'dao']; pinyinSyllables('demo') → null
 */
export function pinyinSyllables(word: string): string[] | null {
  const w = word.toLowerCase()
  // best[i]: the best split of w.slice(i) as [vowel-initial syllables, syllable count, syllables].
  const best: ([number, number, string[]] | null)[] = new Array(w.length + 1).fill(null)
  best[w.length] = [0, 0, []]
  for (let i = w.length - 1; i >= 0; i--) {
    for (let len = 1; len <= LONGEST && i + len <= w.length; len++) {
      const syl = w.slice(i, i + len)
      const rest = best[i + len]
      if (!rest || !SYLLABLES.has(syl)) continue
      const cand: [number, number, string[]] = [
        rest[0] + (i > 0 && /^[aoeiuv]/.test(syl) ? 1 : 0),
        rest[1] + 1,
        [syl, ...rest[2]],
      ]
      const cur = best[i]
      if (!cur || cand[0] < cur[0] || (cand[0] === cur[0] && cand[1] < cur[1])) best[i] = cand
    }
  }
  return best[0]?.[2] ?? null
}

/**
 * The initials a user types for a name: the pinyin initials of its first word (the name's pinyin, in
 * the English names of Chinese districts), and the first letter of each word with numbers kept.
 * Example: nameInitials('Huangdao (West Coast New Area)') → ['hd', 'hwcna'];
 *          nameInitials('Demo District 0042') → ['dm', 'dd0042']
 */
export function nameInitials(nameEn: string): string[] {
  const words = nameEn.toLowerCase().match(/[a-z]+|\d+/g) ?? []
  const first = words[0] && /^[a-z]/.test(words[0]) ? pinyinSyllables(words[0]) : null
  const pinyin = first ? first.map((s) => s[0]).join('') : ''
  const initials = words.map((w) => (/^\d/.test(w) ? w : w[0])).join('')
  return [pinyin, initials].filter((k) => k.length > 1)
}

const normalise = (s: string) => s.replace(/[\s()（）'’-]+/g, '').toLowerCase()

// One search text per district, built once per districts file (3,000 units: built in a few ms, then each
// keystroke is one `includes` per unit).
const keysCache = new WeakMap<readonly District[], string[][]>()
function searchKeys(districts: readonly District[]): string[][] {
  let keys = keysCache.get(districts)
  if (!keys) {
    keys = districts.map((d) =>
      [d.id, d.name, d.nameEn, ...d.aliases, ...nameInitials(d.nameEn)].map(normalise),
    )
    keysCache.set(districts, keys)
  }
  return keys
}

/**
 * Finds districts by name, alias, English name (pinyin for the Chinese ones), pinyin initials or id,
 * ignoring case, spaces and punctuation.
 * Example: matchDistricts(all, '西海岸') → [huangdao]; matchDistricts(all, 'hd') → [huangdao];
 *          matchDistricts(all, 'Shi nan') → [shinan]; matchDistricts(all, '') → all.
 */
export function matchDistricts(districts: readonly District[], query: string): District[] {
  const q = normalise(query)
  if (!q) return [...districts]
  const keys = searchKeys(districts)
  return districts.filter((_, i) => keys[i]?.some((k) => k.includes(q)))
}

/** The ids matchDistricts finds, as a set for filtering table rows. */
export function matchDistrictIds(districts: readonly District[], query: string): Set<string> {
  return new Set(matchDistricts(districts, query).map((d) => d.id))
}

/** Resolves a URL/typed token to a district id, accepting aliases. Example: '西海岸新区' → 'huangdao' */
export function resolveDistrictId(districts: readonly District[], token: string): string | null {
  const t = token.trim().toLowerCase()
  const d = districts.find(
    (x) =>
      x.id === t ||
      x.name === token.trim() ||
      x.aliases.includes(token.trim()) ||
      x.nameEn.toLowerCase() === t,
  )
  return d ? d.id : null
}
