// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { previousQuarter, type QuarterId } from '../../../src/domain/model/quarter'
import { buildRankingTable } from '../../../src/domain/tables/ranking-table'
import { baselineWord, summaryLines } from '../../../src/features/movement/brief-words'
import { buildMoversBrief, tableMovers, topThreeOf } from '../../../src/features/movement/model/movers'
import { loadDataset } from '../../fixtures/datasets'
import { syntheticDataset } from '../../fixtures/synthetic-dataset'

const real = loadDataset('real')
const demo = loadDataset('demo')
const syn = syntheticDataset()
const ids = (list: { district: { id: string } }[]) => list.map((m) => m.district.id)

describe('tableMovers (synthetic 2030Q2 vs 2030Q1, complete, with ties)', () => {
  const tm = tableMovers(buildRankingTable(syn, '2030Q2', 'overall'))
  it('orders risers and fallers by size', () => {
    expect(tm.risers.map((m) => [m.district.id, m.delta])).toEqual([
      ['echo', 4],
      ['delta', 1],
    ])
    expect(tm.fallers.map((m) => [m.district.id, m.delta])).toEqual([
      ['bravo', -2],
      ['charlie', -2],
      ['alpha', -1],
    ])
  })
  it('names every district tied for the biggest change', () => {
    expect(ids(tm.biggestRise)).toEqual(['echo'])
    expect(ids(tm.biggestFall)).toEqual(['bravo', 'charlie'])
  })
  it('is complete', () => {
    expect([tm.known, tm.total, tm.complete]).toEqual([5, 5, true])
  })
})

describe('tableMovers with partial data (synthetic 2030Q3: two ranks known)', () => {
  const tm = tableMovers(buildRankingTable(syn, '2030Q3', 'overall'))
  it('counts only known changes and is not complete', () => {
    expect([tm.known, tm.complete]).toEqual([2, false])
    expect(tm.risers.map((m) => [m.district.id, m.delta, m.status])).toEqual([
      ['charlie', 3, 'derived'],
      ['bravo', 2, 'published'], // stated "上升2个位次"
    ])
  })
})

describe('topThreeOf', () => {
  it.each<[string, QuarterId, string[] | null]>([
    ['ties fill 1–3 (1, 2, 2)', '2030Q1', ['alpha', 'bravo', 'charlie']],
    ['plain 1, 2, 3', '2030Q2', ['echo', 'alpha', 'delta']],
    ['ranks 1 and 2 only → unknown', '2030Q3', null],
  ])('%s', (_n, q, expected) => {
    const t = topThreeOf(buildRankingTable(syn, q, 'overall'))
    expect(t ? ids(t.districts.map((district) => ({ district }))) : null).toEqual(expected)
  })

  it('real 2022Q1 top 3 uses the derived rank of laoshan, and says so', () => {
    expect(topThreeOf(buildRankingTable(real, '2022Q1', 'overall'))).toMatchObject({ fromDerived: true })
  })

  it('real 2022Q4 (only rank 1 published) → unknown', () => {
    expect(topThreeOf(buildRankingTable(real, '2022Q4', 'overall'))).toBeNull()
  })
})

describe('baselineWord', () => {
  it.each<[QuarterId, QuarterId, string]>([
    ['2022Q1', '2022Q2', '一季度'],
    ['2022Q3', '2022Q4', '三季度'],
    ['2022Q4', '2023Q1', '2022年四季度'],
  ])('%s vs %s → %s', (b, q, word) => {
    expect(baselineWord(b, q, 'zh')).toBe(word)
  })
})

describe('buildMoversBrief on the real data (partial: it says less)', () => {
  const brief = buildMoversBrief(real, '2022Q2')
  const zh = summaryLines(brief, 'zh').map((s) => s.text)

  it('states the published rise with its flag, as in the issue', () => {
    expect(zh).toContain('市南区综合成绩较一季度上升2位，获“加压奋进、进位赶超”红旗。')
  })

  it('never claims a "biggest" mover when changes are not all known', () => {
    expect(brief.composite.complete).toBe(false)
    expect(zh.join('')).not.toMatch(/最多/)
    expect(zh.join('')).toMatch(/其余6个区市的位次变化未公布/)
  })

  it('top 3 unchanged, marked as resting on a derived rank', () => {
    expect(brief.topThree).toMatchObject({ known: true, entered: [], exited: [], fromDerived: true })
    expect(zh.some((s) => s.startsWith('综合前三名与一季度相同') && s.includes('含推算位次'))).toBe(true)
  })

  it('flags won: published flags and the rule-derived ones, marked', () => {
    const f = Object.fromEntries(
      brief.flags.map((x) => [x.district.id, x.flags.map((fl) => `${fl.flag}:${fl.status}`)]),
    )
    expect(f).toEqual({
      huangdao: ['top:published'],
      jiaozhou: ['top:published'],
      shinan: ['rise:published'],
    })
  })

  it('a published rise flag without the previous rank is the rule’s lower bound, marked derived (2023Q1)', () => {
    const b = buildMoversBrief(real, '2023Q1')
    const lines = summaryLines(b, 'zh')
    const shibei = lines.find((s) => s.text.startsWith('市北区获'))
    expect(shibei?.text).toBe(
      '市北区获“加压奋进、进位赶超”红旗，综合位次较2022年四季度至少上升2位（据红旗规则推算，上季度位次未公布）。',
    )
    expect(shibei?.derived).toBe(true)
    // Never an exact number of places, and no "biggest" claim over a lower bound.
    expect(lines.map((s) => s.text).join('')).not.toMatch(/(?<!至少)上升\d位|最多/)
    expect(b.composite.complete).toBe(false)
    expect(b.composite.risers.map((m) => [m.district.id, m.delta, m.atLeast])).toEqual([
      ['shibei', 2, true],
      ['licang', 2, true],
      ['jimo', 2, true],
    ])
  })

  it('a quarter with nothing comparable produces no movement sentence (2023Q3: 2023Q2 has no file)', () => {
    const b = buildMoversBrief(real, '2023Q3')
    // Only 市北区's rise flag says anything: a lower bound, not a known change.
    expect(b.composite.risers.map((m) => [m.district.id, m.atLeast])).toEqual([['shibei', true]])
    expect(b.topThree).toEqual({ known: false, missing: ['2023Q3', '2023Q2'] })
    expect(
      summaryLines(b, 'zh')
        .map((s) => s.text)
        .join(''),
    ).not.toMatch(/(?<!至少)上升\d+位|下降\d+位|最多|前三|持平/)
  })

  it.each([...real.quarters.keys()])(
    '%s: every line is worded in both languages, English without Chinese sentences',
    (q) => {
      const brief = buildMoversBrief(real, q)
      const zh = summaryLines(brief, 'zh')
      const en = summaryLines(brief, 'en')
      expect(en.map((s) => s.derived)).toEqual(zh.map((s) => s.derived))
      for (const s of [...zh, ...en]) expect(s.text).not.toMatch(/\{\{|undefined|NaN/)
      for (const s of en) expect(s.text).not.toMatch(/[\u3400-\u9fff]/)
    },
  )
})

/** The composite rank of every district in a quarter, read straight from the file. */
function ranksFromFile(q: QuarterId): Map<string, number> {
  const f = demo.quarters.get(q)
  return new Map((f?.composite.rows ?? []).map((r) => [r.district, r.rank ?? Number.NaN]))
}

describe('buildMoversBrief on the demo data (complete)', () => {
  it.each([...demo.quarters.keys()].slice(1))('%s: the biggest riser is the one the files say', (q) => {
    const now = ranksFromFile(q)
    const before = ranksFromFile(previousQuarter(q))
    const gains = [...now].map(([d, r]) => [d, (before.get(d) ?? Number.NaN) - r] as const)
    const best = Math.max(...gains.map(([, g]) => g))
    const expected = gains
      .filter(([, g]) => g === best && g > 0)
      .map(([d]) => d)
      .sort()
    const brief = buildMoversBrief(demo, q)
    expect(brief.composite.complete).toBe(true)
    expect(ids(brief.composite.biggestRise).sort()).toEqual(expected)
    // …and the summary names them.
    const summary = summaryLines(brief, 'zh')
      .map((s) => s.text)
      .join('')
    for (const d of brief.composite.biggestRise) expect(summary).toContain(d.district.name)
    if (expected.length) expect(summary).toMatch(new RegExp(`综合位次较.+上升最多的是.+（上升${best}位）`))
  })

  it('2024Q4: 胶州市 enters the top 3 and 崂山区 leaves it (from the files)', () => {
    const q4 = ranksFromFile('2024Q4')
    const q3 = ranksFromFile('2024Q3')
    const top = (m: Map<string, number>) => [...m].filter(([, r]) => r <= 3).map(([d]) => d)
    const brief = buildMoversBrief(demo, '2024Q4')
    expect(brief.topThree).toMatchObject({
      known: true,
      entered: top(q4)
        .filter((d) => !top(q3).includes(d))
        .map((id) => expect.objectContaining({ id })),
      exited: top(q3)
        .filter((d) => !top(q4).includes(d))
        .map((id) => expect.objectContaining({ id })),
    })
  })

  it('every section has movers and a summary sentence', () => {
    const brief = buildMoversBrief(demo, '2024Q4')
    expect(brief.sections.map((s) => s.section)).toEqual(['economy', 'projects', 'urban', 'business'])
    for (const s of brief.sections) expect(s.complete).toBe(true)
    expect(summaryLines(brief, 'zh').filter((s) => /板块位次/.test(s.text))).toHaveLength(4)
  })

  it('the first quarter has nothing to compare with: only flags are stated', () => {
    const brief = buildMoversBrief(demo, '2022Q1')
    expect(brief.composite.known).toBe(0)
    expect(summaryLines(brief, 'zh').every((s) => s.text.includes('红旗'))).toBe(true)
  })
})
