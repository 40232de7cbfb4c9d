/**
 * The links the URL fuzzer (url-fuzz.test.tsx) renders: case `i` is a pure function of `i`. Each
 * starts from one of the app's routes and applies a few mutations of the kinds people and tools make
 * of links: a parameter set to a value of the wrong kind, out of range, truncated, double-encoded,
 * badly percent-encoded, hostile (markup, `javascript:`), very long or in another script; old
 * parameter names; repeated and unknown parameters; a path that does not exist.
 *
 * What the app must say about a case is computed with the route's own codec (the same declaration
 * the view parses with), so the oracle cannot drift from the code: `problems` are the parameters it
 * cannot read, `notFound` a path no route or district answers.
 */
import { SECTION_OR_OVERALL_IDS } from '../../src/domain/model/ids'
import type { UrlCodec, UrlProblem } from '../../src/domain/url/define'
import { globalUrl } from '../../src/domain/url/params'
import { districtPageUrl } from '../../src/features/districts/model/url'
import { movementUrl } from '../../src/features/movement/model/url'
import { newsUrl } from '../../src/features/news/model/url'
import { presentUrl } from '../../src/features/present/model/url'
import { rankingsUrl } from '../../src/features/rankings/model/url'
import { rulesUrl } from '../../src/features/rules/rules-route'
import { loadDistricts } from '../fixtures/datasets'
import { prng } from '../unit/fuzz/data-fuzz'

/** The real districts' ids, from the data file (the app's default dataset). */
export const DISTRICT_IDS = loadDistricts('real').map((d) => d.id)

export type FuzzUrl = {
  route: string
  url: string
  problems: UrlProblem[]
  notFound: boolean
}

type Route = {
  name: string
  path: (pick: Pick) => { path: string; notFound: boolean }
  codec?: UrlCodec<object>
}
type Pick = <T>(xs: readonly T[]) => T

const fixed = (path: string) => () => ({ path, notFound: false })
// Not an alias: 'SHINAN' and 市南区 are redirected to shinan, so they are no not-found case.
const BAD_IDS = ['%', '%E0%A4%A', '__proto__', 'constructor', 'nowhere', 'hasOwnProperty', '%25', 'shi%00nan']

const ROUTES: Route[] = [
  { name: 'rankings', path: fixed('/rankings'), codec: rankingsUrl as UrlCodec<object> },
  { name: 'movement', path: fixed('/movement'), codec: movementUrl as UrlCodec<object> },
  { name: 'districts', path: fixed('/districts'), codec: districtPageUrl as UrlCodec<object> },
  {
    name: 'district',
    path: (pick) => {
      if (pick([true, false, false])) return { path: `/districts/${pick(BAD_IDS)}`, notFound: true }
      return { path: `/districts/${pick(DISTRICT_IDS)}`, notFound: false }
    },
    codec: districtPageUrl as UrlCodec<object>,
  },
  { name: 'news', path: fixed('/news'), codec: newsUrl as UrlCodec<object> },
  { name: 'present', path: fixed('/present'), codec: presentUrl as UrlCodec<object> },
  { name: 'rules', path: fixed('/rules'), codec: rulesUrl as UrlCodec<object> },
  { name: 'import', path: fixed('/import') },
  {
    name: 'nowhere',
    path: (pick) => ({
      path: pick(['/rankingz', '/present/extra', '/districts/shinan/extra', '/%E0%A4%A', '/news/%']),
      notFound: true,
    }),
  },
]

const QUARTERS = ['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q3']
const ODD_QUARTERS = ['2022Q5', '2022q2', '1999Q1', '2099Q4', '2022Q0', '2022-Q2', '二〇二二Q2', '2022Q2 ']
const NUMBERS = [
  '0',
  '1',
  '2',
  '3',
  '17',
  '999',
  '-1',
  '1.5',
  '1e3',
  'NaN',
  'Infinity',
  '0x10',
  ' 5',
  '10',
  '3600',
]
const FLAGS = ['0', '1', 'true', 'false', 'yes', 'maybe', '']
const WORDS = [
  'rank',
  'score',
  'stars',
  'change',
  'total',
  'name',
  'desc',
  'audience',
  'presenter',
  'arena',
  'full',
]
const HOSTILE = [
  '%',
  '%E0%A4%A',
  '%00',
  '%25E5%25B8%2582',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  '__proto__',
  'constructor',
  'toString',
  '😀',
  '市南区',
  'ＡＢＣ',
  '../../etc/passwd',
  'a'.repeat(300),
  '%F0%9F%98',
]

function valueFor(rand: () => number, pick: Pick): string {
  const r = rand()
  if (r < 0.12) return pick(QUARTERS)
  if (r < 0.2) return pick(ODD_QUARTERS)
  if (r < 0.3) return pick(SECTION_OR_OVERALL_IDS)
  if (r < 0.4) return pick(DISTRICT_IDS)
  if (r < 0.47) return `${pick(DISTRICT_IDS)},${pick([...DISTRICT_IDS, 'nowhere', ''])}`
  if (r < 0.57) return pick(NUMBERS)
  if (r < 0.64) return pick(FLAGS)
  if (r < 0.74) return `${pick(['', '-'])}${pick(WORDS)}${pick(['', '.desc', ':asc', ''])}`
  return pick(HOSTILE)
}

/** Encodes a value as a link would carry it: usually properly, sometimes raw (bad escapes stay bad). */
function encode(v: string, rand: () => number): string {
  if (/%/.test(v) && rand() < 0.6) return v
  return rand() < 0.8 ? encodeURIComponent(v) : v.replace(/[&#\s]/g, encodeURIComponent)
}

export function fuzzUrl(i: number): FuzzUrl {
  const rand = prng(0x51ed + i * 7919)
  const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)] as (typeof xs)[number]
  const route = ROUTES[i % ROUTES.length] as Route
  const { path, notFound } = route.path(pick)
  const names = [
    ...(route.codec?.names ?? []),
    ...globalUrl.names,
    ...['utm_source', 'foo', '__proto__', 'constructor'],
  ]
  const pairs: [string, string][] = []
  const count = Math.floor(rand() * 4)
  for (let k = 0; k < count; k++) pairs.push([pick(names), valueFor(rand, pick)])
  // Sometimes a parameter twice (the first wins, as URLSearchParams.get reads it).
  if (pairs.length && rand() < 0.15) pairs.push([(pairs[0] as [string, string])[0], valueFor(rand, pick)])
  const query = pairs.map(([k, v]) => `${k}=${encode(v, rand)}`).join('&')
  const url = query ? `${path}?${query}` : path
  const search = new URLSearchParams(query)
  const problems = [...(route.codec?.parse(search).problems ?? []), ...globalUrl.parse(search).problems]
  return { route: route.name, url, problems, notFound }
}
