/**
 * The seeded URL fuzzer (issue 13): every route's links, mutated the way pasted, truncated, hand-edited
 * and hostile links are, rendered by the real app (real router, real views, seeded data). Each case
 * must settle within a few seconds (no view waits forever), show no error panel and log no error, name
 * every parameter its codec could not read (the README promises that every view says so), and put no
 * value outside its rule on screen (NaN, undefined, Infinity, a rise of more places than there are
 * districts, a script or a javascript: link from the URL).
 *
 * A few hundred cases in `npm test`; `npm run fuzz` runs thousands (FUZZ_CASES). A failing case prints
 * its number and URL, and `FUZZ_CASE=n` reruns that case alone.
 */
import { act, cleanup, waitFor } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { globalUrl } from '../../src/domain/url/params'
import { fuzzCount } from '../unit/fuzz/data-fuzz'
import { preloadRoutes, ROUTE_PRELOAD_TIMEOUT, renderApp, stubDataFetch } from './test-utils'
import { DISTRICT_IDS, type FuzzUrl, fuzzUrl } from './url-fuzz-cases'

const CASES = fuzzCount(240)
const GLOBAL_NAMES: readonly string[] = globalUrl.names
const ONLY = process.env.FUZZ_CASE === undefined ? undefined : Number(process.env.FUZZ_CASE)
// Remount the app every so often, so a case also meets a fresh app (first render, not navigation).
const REMOUNT_EVERY = 20
const SETTLE_MS = 5000

const LOADING = /加载中…|Loading…|正在加载数据|Loading data/
const OUT_OF_RULE = /\bNaN\b|\bundefined\b|\bInfinity\b|\[object Object\]/

beforeAll(preloadRoutes, ROUTE_PRELOAD_TIMEOUT)
afterAll(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** What is wrong on screen for this case, or [] when the case holds. */
function violations(c: FuzzUrl, errors: unknown[][]): string[] {
  const found: string[] = []
  const body = document.body
  const text = body.textContent ?? ''
  if (body.querySelector('[data-testid="view-error"]')) found.push('the view crashed into its error boundary')
  if (/Something went wrong|出错了/.test(text)) found.push('the last-resort error screen shows')
  // jsdom does not know the HTML <search> element (the news filter's landmark); browsers do.
  const real = errors.filter(
    (e) => !(String(e[0]).includes('is unrecognized in this browser') && e[1] === 'search'),
  )
  if (real.length) found.push(`console.error: ${real[0]?.map(String).join(' ').slice(0, 300)}`)
  // Figures are judged without the places that echo the link back on purpose (the problem lines, the
  // not-found panel, the dataset switch naming the folder asked for).
  const figures = body.cloneNode(true) as HTMLElement
  for (const e of figures.querySelectorAll(
    '[data-testid="param-problems"], [data-testid="not-found"], [role="status"], select',
  ))
    e.remove()
  const shown = figures.textContent ?? ''
  const bad = shown.match(OUT_OF_RULE)
  if (bad) {
    const at = bad.index ?? 0
    found.push(`"${bad[0]}" on screen near "${shown.slice(Math.max(0, at - 60), at + 60)}"`)
  }
  for (const m of shown.matchAll(/▲\s*≥?\s*(\d+)/g))
    if (Number(m[1]) > DISTRICT_IDS.length - 1)
      found.push(`a rise of ${m[1]} places among ${DISTRICT_IDS.length} districts`)
  if (body.querySelector('main script, [data-testid="present"] script'))
    found.push('a script element from the link')
  for (const a of body.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? ''
    if (/^\s*(javascript|data|vbscript|file):/i.test(href)) found.push(`an unsafe link ${href.slice(0, 80)}`)
  }
  // A dataset folder that does not exist (`dataset=jimo` names a folder) is a fatal data error, said as
  // such; the view cannot run, so only the global parameters are left to name.
  const fatal = /基础数据文件无法使用|A core data file cannot be used/.test(text)
  const expected = fatal ? c.problems.filter((p) => GLOBAL_NAMES.includes(p.param)) : c.problems
  if (c.notFound && !fatal && !body.querySelector('[data-testid="not-found"]'))
    found.push('a path that does not exist shows no not-found panel')
  if (c.notFound) return found
  // Every parameter the link got wrong is named on screen, as `param=value`.
  const said = [...body.querySelectorAll('[role="status"], [data-testid="param-problems"]')]
    .map((e) => e.textContent ?? '')
    .join('\n')
  for (const p of expected)
    if (!said.includes(`${p.param}=${p.value}`))
      found.push(`the bad parameter ${p.param}=${p.value.slice(0, 40)} is not named`)
  return found
}

describe(`URL fuzzer (${CASES} seeded links, rendered)`, () => {
  it('the sequence is deterministic and reaches every route, bad paths and bad parameters', () => {
    expect(fuzzUrl(11)).toEqual(fuzzUrl(11))
    const cases = Array.from({ length: Math.min(CASES, 240) }, (_, i) => fuzzUrl(i))
    expect(new Set(cases.map((c) => c.route)).size).toBeGreaterThanOrEqual(8)
    expect(cases.filter((c) => c.notFound).length).toBeGreaterThan(5)
    expect(cases.filter((c) => c.problems.length > 0).length).toBeGreaterThan(cases.length / 4)
    expect(cases.filter((c) => !c.notFound && c.problems.length === 0).length).toBeGreaterThan(
      cases.length / 10,
    )
  })

  it(
    'every link settles, shows no error, names its bad parameters and no value outside its rule',
    async () => {
      const errors: unknown[][] = []
      vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
        errors.push(args)
      })
      // Full-screen and clipboard requests from `fs=1` links have no browser here; they must not throw.
      stubDataFetch()
      const failures: string[] = []
      let app: Awaited<ReturnType<typeof renderApp>> | undefined
      const indices = ONLY === undefined ? Array.from({ length: CASES }, (_, i) => i) : [ONLY]
      for (const [n, i] of indices.entries()) {
        const c = fuzzUrl(i)
        errors.length = 0
        if (!app || n % REMOUNT_EVERY === 0) {
          cleanup()
          app = await renderApp(c.url, { seed: true })
        } else await app.router.navigate(c.url)
        try {
          await waitFor(
            () => {
              const text = document.body.textContent ?? ''
              if (LOADING.test(text)) throw new Error(`still loading after ${SETTLE_MS} ms`)
              if (!text.trim()) throw new Error('a blank page')
            },
            { timeout: SETTLE_MS },
          )
        } catch (e) {
          failures.push(`case ${i} ${c.url}: ${(e as Error).message.split('\n')[0]}`)
          continue
        }
        // Let effects that run after the first paint (URL rewrites, timers of a deck) have their turn.
        await act(async () => {
          await new Promise((r) => setTimeout(r, 0))
        })
        const v = violations(c, errors)
        if (v.length) failures.push(`case ${i} ${c.url}: ${v.join('; ')}`)
        if (v.length && process.env.FUZZ_DEBUG) console.log(i, document.body.textContent?.slice(0, 1500))
        if (failures.length >= 8) break
      }
      cleanup()
      expect(failures).toEqual([])
    },
    Math.max(600_000, CASES * 1000),
  )
})
