#!/usr/bin/env node
// Deterministic demo dataset for Leitai: full score tables for every quarter, so every view can be shown
// and tested at full density. It uses the same file format as public/data/real (src/domain/model/schema.ts) and is
// marked DEMO everywhere (dataset "demo", source kind "generated", notes, 【示例】 news).
//
//   node scripts/generate-demo.mjs            write public/data/demo/ (10 districts, 2022Q1–2024Q4) and
//                                             refresh public/data/manifest.json
//   node scripts/generate-demo.mjs --check    exit 1 if the committed public/data/demo differs from the output
//   node scripts/generate-demo.mjs --large <outDir> [--districts 3000] [--quarters 40]
//                                             a large dataset for scale tests (from 2015Q1), never under src/
//                                             or public/ (both end up in the build), with its own folder
//                                             manifest, so `--large dist/data/large` is servable at once as
//                                             ?dataset=large
//
// Determinism: one fixed-seed PRNG (mulberry32), no Date.now / Math.random, scores kept as integer
// hundredths (so sums and ties are exact and no float noise reaches the files), JSON with 2-space indent
// and a trailing newline. Running it twice gives byte-identical files.
// Types for TypeScript callers (tests/unit/demo-generator.test.ts) live next door in generate-demo.d.mts.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeManifest } from './data-manifest.mjs'

/** Repository root (this file lives in <root>/scripts/). */
const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)))
const DATA_DIR = join(repoRoot, 'public', 'data')
export const DEMO_DIR = join(DATA_DIR, 'demo')
const REAL_DISTRICTS = join(DATA_DIR, 'real', 'districts.json')

export const DEMO_SEED = 20220726
export const DEMO_SOURCE_ID = 'demo-generator'
export const DEMO_FIRST_QUARTER = '2022Q1'
export const DEMO_QUARTER_COUNT = 12
export const LARGE_FIRST_QUARTER = '2015Q1'
/** Folder dataset names, as src/domain/model/ids.ts DATASET_NAME_RE. */
const DATASET_NAME = /^[a-z0-9][a-z0-9-]{0,31}$/

/** From this quarter the 优化营商环境 (business) section is assessed and the weights are rebalanced. */
const BUSINESS_FROM = '2023Q3'
/** From this quarter a 群众满意度 bonus of 0–1.00 is added to the composite. */
const BONUS_FROM = '2023Q1'
const BONUS_ITEM = '群众满意度加分项'
const BONUS_MAX_HUNDREDTHS = 100

/**
 * Section model. `mean` and `spread` are fractions of the weight: a typical score is mean × weight and
 * a district's persistent strength and the quarter's noise move it by about ± spread × weight, so most
 * scores land at 75–97 % of the weight (the real 2022Q2 tables: economy 74–92 %, urban 93–97 %).
 */
const SECTION_MODEL = {
  economy: {
    mean: 0.85,
    spread: 0.07,
    indicatorCount: 12,
    indicators: '地区生产总值、固定资产投资、货物进出口等12项指标',
  },
  projects: {
    mean: 0.87,
    spread: 0.05,
    indicatorCount: null,
    indicators: '示例：项目签约、开工、落地推进情况',
  },
  urban: {
    mean: 0.93,
    spread: 0.03,
    indicatorCount: null,
    indicators: '城市更新和城市建设攻坚行动目标任务推进情况（含违法建设治理）',
  },
  business: { mean: 0.88, spread: 0.05, indicatorCount: null, indicators: '示例：营商环境相关指标' },
}
const WEIGHTS_BEFORE_BUSINESS = { economy: 60, projects: 20, urban: 20 }
const WEIGHTS_WITH_BUSINESS = { economy: 50, projects: 15, urban: 15, business: 20 }
const MIN_FRACTION = 0.7
const MAX_FRACTION = 0.99

/**
 * Ties on purpose, so every view meets them (1, 2, 2, 4). A section tie copies the score of the
 * district at `rank` to the one just below it; a composite tie raises the district just below `rank`
 * in one section by exactly the gap. Quarters the dataset does not contain are simply skipped.
 * The 2024Q3 composite tie is at rank 2, so three districts get the "top" flag there (the rule is rank ≤ 2).
 */
const SECTION_TIES = [
  { quarter: '2022Q3', section: 'economy', rank: 2 },
  { quarter: '2023Q2', section: 'urban', rank: 5 },
  { quarter: '2024Q1', section: 'business', rank: 8 },
]
const COMPOSITE_TIES = [
  { quarter: '2022Q4', rank: 6 },
  { quarter: '2024Q3', rank: 2 },
]

const FLAG_REASON_TOP = '综合成绩居前2位'
const riseReason = (up) => `较上季度上升${up}个位次`
const FAKE_SECRETARIES = '甲乙丙丁戊己庚辛壬癸'

// ---------------------------------------------------------------------------------------------------
// Small pure helpers

/** mulberry32: a tiny, well-mixed 32-bit PRNG; the same seed always gives the same sequence. */
export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Bell-shaped noise in [-1.5, 1.5] (sum of three uniforms), arithmetic only so it is exact everywhere. */
const bell = (rand) => rand() + rand() + rand() - 1.5
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x))

/** Example: toJson({ a: [1] }) → '{\n  "a": [\n    1\n  ]\n}\n' */
export const toJson = (value) => `${JSON.stringify(value, null, 2)}\n`
/**
 * The large dataset's files without indentation: the same JSON at less than half the bytes (3,000 units ×
 * 40 quarters is ~40 MB instead of ~86 MB), which is most of what loading it costs in a browser.
 */
const compactJson = (value) => `${JSON.stringify(value)}\n`

/** Integer hundredths → number with at most two decimals. Example: fromHundredths(5240) → 52.4 */
const fromHundredths = (h) => h / 100
/** Example: formatHundredths(5240) → "52.40" (exact, no float formatting involved) */
const formatHundredths = (h) => `${Math.trunc(h / 100)}.${String(h % 100).padStart(2, '0')}`

function parseQuarterId(id) {
  const m = /^(\d{4})Q([1-4])$/.exec(id)
  if (!m) throw new Error(`not a quarter id: ${id}`)
  return { year: Number(m[1]), q: Number(m[2]) }
}

/** Example: quarterList("2022Q3", 3) → ["2022Q3", "2022Q4", "2023Q1"] */
export function quarterList(first, count) {
  let { year, q } = parseQuarterId(first)
  const out = []
  for (let i = 0; i < count; i++) {
    out.push(`${year}Q${q}`)
    q += 1
    if (q === 5) {
      q = 1
      year += 1
    }
  }
  return out
}

const quarterLabel = (id) => {
  const { year, q } = parseQuarterId(id)
  return `${year}年${'一二三四'[q - 1]}季度`
}

/** A plausible notice date: 22–32 days after the quarter ends. Example: ("2022Q2", 26) → "2022-07-26" */
function noticeDate(id, daysAfterEnd) {
  const { year, q } = parseQuarterId(id)
  // Day 0 of the month after the quarter is the quarter's last day; Date.UTC normalises the overflow.
  const d = new Date(Date.UTC(year, q * 3, daysAfterEnd))
  return d.toISOString().slice(0, 10)
}

/**
 * Competition ranks of integer scores, O(n log n) so the large dataset stays fast.
 * Example: competitionRanksOf([9000, 8812, 8812, 8000]) → [1, 2, 2, 4]
 */
export function competitionRanksOf(scores) {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b)
  const ranks = new Array(scores.length)
  order.forEach((idx, pos) => {
    const prev = order[pos - 1]
    ranks[idx] = pos > 0 && scores[prev] === scores[idx] ? ranks[prev] : pos + 1
  })
  return ranks
}

/** Stars by the rule: 10★ for 1st down to 1★, with a floor of 1★ (src/domain/stars.ts). */
export const starsForRank = (rank) => Math.max(1, 11 - rank)

/** Indices sorted best first: by score, then by the districts' file order (stable across runs). */
const sortedIndices = (scores) => scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b)

// ---------------------------------------------------------------------------------------------------
// Static files

export function demoSources() {
  return [
    {
      id: DEMO_SOURCE_ID,
      title: '示例数据生成器（scripts/generate-demo.mjs，固定种子）— DEMO, not real results',
      publisher: null,
      date: null,
      url: null,
      localCopy: null,
      kind: 'generated',
      note: `固定种子 ${DEMO_SEED} 生成的示例数据，非真实考核结果。Generated with fixed seed ${DEMO_SEED}; not real assessment results.`,
    },
  ]
}

/** Districts d0001… for the large dataset. Example: largeDistricts(2) → [{ id: "d0001", name: "示例区0001", … }, …] */
export function largeDistricts(count) {
  const width = Math.max(4, String(count).length)
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(width, '0')
    return { id: `d${n}`, name: `示例区${n}`, nameEn: `Demo District ${n}`, aliases: [] }
  })
}

// ---------------------------------------------------------------------------------------------------
// Quarter files

/**
 * Yields [quarterId, quarterFile, summary] one quarter at a time, so the large dataset can be written
 * file by file. All randomness comes from one PRNG, drawn in a fixed order.
 */
export function* generateQuarters(districts, quarters, seed = DEMO_SEED) {
  const rand = mulberry32(seed)
  const n = districts.length
  // Persistent per-district strength in [-1, 1] and a per-section affinity, drawn once.
  const strength = districts.map(() => rand() * 2 - 1)
  const affinity = {}
  for (const section of Object.keys(SECTION_MODEL)) affinity[section] = districts.map(() => rand() * 2 - 1)
  let previousRanks = null

  for (const quarter of quarters) {
    const weights = quarter >= BUSINESS_FROM ? WEIGHTS_WITH_BUSINESS : WEIGHTS_BEFORE_BUSINESS
    const sectionIds = Object.keys(weights)
    // Strength drifts a little every quarter, so standings change slowly as well as by noise.
    for (let i = 0; i < n; i++) strength[i] = clamp(strength[i] + 0.2 * (rand() - 0.5), -1, 1)

    /** Scores in integer hundredths, per section, in district file order. */
    const scores = {}
    for (const section of sectionIds) {
      const { mean, spread } = SECTION_MODEL[section]
      const cap = Math.round(weights[section] * 100)
      scores[section] = districts.map((_, i) => {
        const f = mean + spread * (0.9 * strength[i] + 0.3 * affinity[section][i] + 0.35 * bell(rand))
        return Math.round(cap * clamp(f, MIN_FRACTION, MAX_FRACTION))
      })
    }
    const hasBonus = quarter >= BONUS_FROM
    const bonus = districts.map(() => (hasBonus ? Math.floor(rand() * (BONUS_MAX_HUNDREDTHS + 1)) : 0))
    const daysAfterEnd = 22 + Math.floor(rand() * 11)

    for (const tie of SECTION_TIES) {
      if (tie.quarter !== quarter || !scores[tie.section] || n <= tie.rank) continue
      const s = scores[tie.section]
      const order = sortedIndices(s)
      s[order[tie.rank]] = s[order[tie.rank - 1]]
    }
    const totals = () =>
      districts.map((_, i) => sectionIds.reduce((sum, sec) => sum + scores[sec][i], bonus[i]))
    for (const tie of COMPOSITE_TIES) {
      if (tie.quarter !== quarter || n <= tie.rank) continue
      const t = totals()
      const order = sortedIndices(t)
      const above = order[tie.rank - 1]
      const below = order[tie.rank]
      const gap = t[above] - t[below]
      const candidates = ['projects', 'urban', 'business', 'economy'].filter((sec) => scores[sec])
      const raise = candidates.find(
        (sec) => scores[sec][below] + gap <= Math.round(weights[sec] * 100 * MAX_FRACTION),
      )
      if (raise) scores[raise][below] += gap
      else {
        const lower = candidates.find(
          (sec) => scores[sec][above] - gap >= Math.round(weights[sec] * 100 * MIN_FRACTION),
        )
        if (!lower) throw new Error(`cannot make a composite tie at rank ${tie.rank} in ${quarter}`)
        scores[lower][above] -= gap
      }
    }

    const sections = []
    const totalStars = districts.map(() => 0)
    const sectionLeaders = {}
    for (const section of sectionIds) {
      const s = scores[section]
      const ranks = competitionRanksOf(s)
      const rows = sortedIndices(s).map((i) => {
        const stars = starsForRank(ranks[i])
        totalStars[i] += stars
        return { district: districts[i].id, score: fromHundredths(s[i]), rank: ranks[i], stars }
      })
      const leader = sortedIndices(s)[0]
      sectionLeaders[section] = {
        district: leader,
        score: s[leader],
        rank: ranks[leader],
        weight: weights[section],
      }
      const model = SECTION_MODEL[section]
      sections.push({
        id: section,
        weight: weights[section],
        indicatorCount: model.indicatorCount,
        indicators: model.indicators,
        table: { status: 'published', sources: [DEMO_SOURCE_ID], rows },
      })
    }

    const total = totals()
    const compositeRanks = competitionRanksOf(total)
    const compositeOrder = sortedIndices(total)
    const provenance = () => ({ status: 'published', sources: [DEMO_SOURCE_ID] })
    const compositeRows = compositeOrder.map((i) => ({
      district: districts[i].id,
      rank: compositeRanks[i],
      score: fromHundredths(total[i]),
      totalStars: totalStars[i],
      provenance: provenance(),
    }))

    const flags = []
    const top = compositeOrder.filter((i) => compositeRanks[i] <= 2)
    flags.push({
      flag: 'top',
      districts: top.map((i) => districts[i].id),
      reason: FLAG_REASON_TOP,
      provenance: provenance(),
    })
    const risers = []
    if (previousRanks) {
      for (const i of compositeOrder) {
        const up = previousRanks[i] - compositeRanks[i]
        if (up >= 2) risers.push({ index: i, rank: compositeRanks[i], previousRank: previousRanks[i], up })
      }
      // One award per distance, since the reason states it ("较上季度上升3个位次"); biggest rise first.
      const distances = [...new Set(risers.map((r) => r.up))].sort((a, b) => b - a)
      for (const up of distances) {
        flags.push({
          flag: 'rise',
          districts: risers.filter((r) => r.up === up).map((r) => districts[r.index].id),
          reason: riseReason(up),
          provenance: provenance(),
        })
      }
    }

    const published = noticeDate(quarter, daysAfterEnd)
    const file = {
      quarter,
      dataset: 'demo',
      notice: { issuer: '示例数据（DEMO）', published, basis: null, sources: [DEMO_SOURCE_ID] },
      sections,
      bonusItems: hasBonus ? [BONUS_ITEM] : [],
      composite: { weight: hasBonus ? 101 : 100, rows: compositeRows },
      flags,
      movements: [],
      notes: [
        {
          id: 'demo',
          kind: 'info',
          zh: '示例数据：由固定种子生成，非真实考核结果。',
          en: 'Demo data: generated from a fixed seed; not real assessment results.',
        },
      ],
      sources: [DEMO_SOURCE_ID],
    }
    /** What the news generator needs, kept small so the large dataset does not hold every table. */
    const summary = {
      quarter,
      published,
      top: compositeOrder
        .filter((i) => compositeRanks[i] <= 3)
        .map((i) => ({ index: i, rank: compositeRanks[i], score: total[i], totalStars: totalStars[i] })),
      risers,
      sectionLeaders,
    }
    previousRanks = compositeRanks
    yield [quarter, file, summary]
  }
}

// ---------------------------------------------------------------------------------------------------
// News: a handful of 【示例】 highlights, every statement computed from the generated numbers.

export function generateNews(districts, summaries) {
  const items = []
  const name = (index) => districts[index].name
  const speaker = (index) => ({
    name: `示例书记${index < FAKE_SECRETARIES.length ? FAKE_SECRETARIES[index] : String(index + 1)}`,
    title: `${name(index)}党委书记（虚构）`,
  })
  const slugOf = (quarter) => quarter.toLowerCase()

  summaries.forEach((s, qi) => {
    const label = quarterLabel(s.quarter)
    // The quarter's biggest riser speaks at the (fictional) arena.
    if (qi > 0 && s.risers.length > 0) {
      const r = [...s.risers].sort((a, b) => b.up - a.up || a.rank - b.rank)[0]
      const previous = summaries[qi - 1].quarter
      items.push({
        id: `demo-${slugOf(s.quarter)}-rise-${districts[r.index].id}`,
        event: `示例：区(市)党委“书记擂台”（${label}）`,
        eventDate: s.published,
        quarter: s.quarter,
        type: '书记擂台',
        speaker: speaker(r.index),
        district: districts[r.index].id,
        title: `【示例】${name(r.index)}综合成绩第${r.rank}位，较上季度上升${r.up}位`,
        summary: `【示例】${label}${name(r.index)}综合成绩第${r.rank}位，较${quarterLabel(previous)}（第${r.previousRank}位）上升${r.up}个位次，夺得“加压奋进、进位赶超”红旗。`,
        sources: [DEMO_SOURCE_ID],
      })
    }
    // The first quarter of each year (and of the dataset): the composite leader.
    if (qi === 0 || parseQuarterId(s.quarter).q === 1) {
      const t = s.top[0]
      items.push({
        id: `demo-${slugOf(s.quarter)}-top-${districts[t.index].id}`,
        event: `示例：“摘星夺旗”考核结果通报（${label}）`,
        eventDate: s.published,
        quarter: s.quarter,
        type: '考核通报',
        speaker: null,
        district: districts[t.index].id,
        title: `【示例】${name(t.index)}综合成绩第${t.rank}位`,
        summary: `【示例】${label}${name(t.index)}综合成绩${formatHundredths(t.score)}分、居第${t.rank}位，各板块共摘${t.totalStars}星，夺得“真抓实干、勇当排头”红旗。`,
        sources: [DEMO_SOURCE_ID],
      })
    }
    // Every third quarter: the economy section's leader (a section-level item, with its stars).
    if (parseQuarterId(s.quarter).q === 3) {
      const e = s.sectionLeaders.economy
      items.push({
        id: `demo-${slugOf(s.quarter)}-economy-${districts[e.district].id}`,
        event: `示例：“摘星夺旗”考核结果通报（${label}）`,
        eventDate: s.published,
        quarter: s.quarter,
        type: '考核通报',
        speaker: null,
        district: districts[e.district].id,
        title: `【示例】${name(e.district)}经济运行板块第${e.rank}位`,
        summary: `【示例】${label}“经济运行”板块（满分${e.weight}分）中，${name(e.district)}得${formatHundredths(e.score)}分、居第${e.rank}位，摘得${starsForRank(e.rank)}星。`,
        sources: [DEMO_SOURCE_ID],
      })
    }
  })

  // The first quarter with the business section: its leader.
  const firstBusiness = summaries.find((s) => s.sectionLeaders.business)
  if (firstBusiness) {
    const b = firstBusiness.sectionLeaders.business
    const label = quarterLabel(firstBusiness.quarter)
    items.push({
      id: `demo-${slugOf(firstBusiness.quarter)}-business-${districts[b.district].id}`,
      event: `示例：“摘星夺旗”考核结果通报（${label}）`,
      eventDate: firstBusiness.published,
      quarter: firstBusiness.quarter,
      type: '考核通报',
      speaker: null,
      district: districts[b.district].id,
      title: `【示例】${name(b.district)}优化营商环境板块第${b.rank}位`,
      summary: `【示例】${label}“优化营商环境”板块（满分${b.weight}分）中，${name(b.district)}得${formatHundredths(b.score)}分、居第${b.rank}位，摘得${starsForRank(b.rank)}星。`,
      sources: [DEMO_SOURCE_ID],
    })
  }

  const last = summaries[summaries.length - 1]
  if (last) {
    const label = quarterLabel(last.quarter)
    const list = last.top
      .map((t) => `第${t.rank}位${name(t.index)}（${formatHundredths(t.score)}分）`)
      .join('、')
    items.push({
      id: `demo-${slugOf(last.quarter)}-all`,
      event: `示例：“摘星夺旗”考核结果通报（${label}）`,
      eventDate: last.published,
      quarter: last.quarter,
      type: '考核通报',
      speaker: null,
      district: null,
      title: `【示例】${label}综合成绩前三位`,
      summary: `【示例】${label}综合成绩前三位：${list}。`,
      sources: [DEMO_SOURCE_ID],
    })
    // Markup in data must be shown as text, never parsed: views are tested with this item.
    items.push({
      id: 'demo-text-escaping',
      event: '示例：新闻文本显示检查',
      eventDate: last.published,
      quarter: last.quarter,
      type: '示例',
      speaker: null,
      district: districts[last.top[0].index].id,
      title: '【示例】新闻文本转义检查',
      summary: '【示例】此条用于检查新闻按纯文本显示，下列标记不应被执行：<img src=x onerror=alert(1)>',
      sources: [DEMO_SOURCE_ID],
    })
  }

  return items.sort((a, b) => (a.eventDate < b.eventDate ? -1 : a.eventDate > b.eventDate ? 1 : 0))
}

// ---------------------------------------------------------------------------------------------------
// Entry points

function readRealDistricts() {
  return JSON.parse(readFileSync(REAL_DISTRICTS, 'utf8'))
}

/**
 * The demo dataset as { path relative to public/data/demo: file text }.
 * Example: generateDemo()["quarters/2022Q2.json"] → '{\n  "quarter": "2022Q2",\n  "dataset": "demo", …'
 * Deterministic: the same districts always give the same text.
 */
export function generateDemo(districts = readRealDistricts()) {
  const files = {}
  files['districts.json'] = toJson(districts)
  files['sources.json'] = toJson(demoSources())
  const summaries = []
  for (const [quarter, file, summary] of generateQuarters(
    districts,
    quarterList(DEMO_FIRST_QUARTER, DEMO_QUARTER_COUNT),
  )) {
    files[`quarters/${quarter}.json`] = toJson(file)
    summaries.push(summary)
  }
  files['news.json'] = toJson(generateNews(districts, summaries))
  return files
}

/** Files under dir, as paths relative to dir with '/' separators. */
function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? listFiles(join(dir, e.name), `${prefix}${e.name}/`)
      : e.name === '.gitkeep'
        ? []
        : [`${prefix}${e.name}`],
  )
}

/** Paths that differ between the generator's output and dir: changed, missing and unexpected files. */
export function diffDemo(dir = DEMO_DIR, files = generateDemo()) {
  const problems = []
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, path)
    if (!existsSync(full)) problems.push(`missing: ${path}`)
    else if (readFileSync(full, 'utf8') !== text) problems.push(`differs: ${path}`)
  }
  for (const path of listFiles(dir)) if (!(path in files)) problems.push(`unexpected: ${path}`)
  return problems
}

function writeDemo() {
  const files = generateDemo()
  // Stale quarter files (e.g. after shortening the range) would be deployed, so remove them.
  for (const path of listFiles(DEMO_DIR)) {
    if (path.endsWith('.json') && !(path in files)) rmSync(join(DEMO_DIR, path))
  }
  for (const [path, text] of Object.entries(files)) {
    const full = join(DEMO_DIR, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
  }
  console.log(`wrote ${Object.keys(files).length} files to ${relative(repoRoot, DEMO_DIR)}/`)
  // The app lists quarters from the manifest, so a regenerated dataset is only seen once it is listed.
  writeManifest(DATA_DIR)
  console.log(`wrote ${relative(repoRoot, join(DATA_DIR, 'manifest.json'))}`)
}

/** Writes the large dataset to outDir file by file (one quarter in memory at a time). */
export function writeLarge(outDir, { districts: districtCount = 3000, quarters: quarterCount = 40 } = {}) {
  const out = resolve(outDir)
  // The folder's name is the dataset's (?dataset=<name>), and real/ and demo/ are the built-in datasets.
  const name = basename(out)
  if (!DATASET_NAME.test(name) || name === 'real' || name === 'demo')
    throw new Error(
      `refusing to write the large dataset to ${out}: the folder's name is its ?dataset= name, so it must match ${DATASET_NAME} and not be real or demo`,
    )
  // One exception under public/: public/data/<name>/ itself, for `vite` dev (?dataset=<name>). It is
  // gitignored, and the build drops every data folder the main manifest does not list (vite.config.ts).
  const devFolder = relative(DATA_DIR, out) === name
  for (const folder of ['src', 'public']) {
    const rel = relative(join(repoRoot, folder), out)
    if ((rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) && !(folder === 'public' && devFolder))
      throw new Error(
        `refusing to write the large dataset under ${folder}/ (${out}): it must never be bundled or deployed (public/data/<name>/ for the dev server is the one exception)`,
      )
  }
  const districts = largeDistricts(districtCount)
  mkdirSync(join(out, 'quarters'), { recursive: true })
  writeFileSync(join(out, 'districts.json'), compactJson(districts))
  writeFileSync(join(out, 'sources.json'), compactJson(demoSources()))
  const summaries = []
  const quarters = quarterList(LARGE_FIRST_QUARTER, quarterCount)
  for (const [quarter, file, summary] of generateQuarters(districts, quarters)) {
    writeFileSync(join(out, 'quarters', `${quarter}.json`), compactJson(file))
    summaries.push(summary)
  }
  writeFileSync(join(out, 'news.json'), compactJson(generateNews(districts, summaries)))
  // Stale quarter files from a longer earlier run would be listed, so keep exactly these.
  for (const name of readdirSync(join(out, 'quarters')))
    if (name.endsWith('.json') && !quarters.includes(name.slice(0, -'.json'.length)))
      rmSync(join(out, 'quarters', name))
  // The folder's own manifest (data/<name>/manifest.json), which the app reads for ?dataset=<name>.
  writeManifest(out)
  return { districts: districtCount, quarters: quarters.length, dir: out }
}

function positiveInt(flag, value) {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer, got ${value}`)
  return n
}

function main(argv) {
  if (argv.length === 0) return writeDemo()
  if (argv[0] === '--check') {
    const problems = diffDemo()
    if (problems.length) {
      console.error(
        `public/data/demo is not the generator's output (edit scripts/generate-demo.mjs and run it instead of editing the files):\n  ${problems.join('\n  ')}`,
      )
      process.exitCode = 1
    } else console.log('public/data/demo matches scripts/generate-demo.mjs')
    return
  }
  if (argv[0] === '--large') {
    const outDir = argv[1]
    if (!outDir || outDir.startsWith('--'))
      throw new Error('usage: --large <outDir> [--districts N] [--quarters N]')
    const options = {}
    for (let i = 2; i < argv.length; i += 2) {
      if (argv[i] === '--districts') options.districts = positiveInt('--districts', argv[i + 1])
      else if (argv[i] === '--quarters') options.quarters = positiveInt('--quarters', argv[i + 1])
      else throw new Error(`unknown option ${argv[i]}`)
    }
    const started = performance.now()
    const r = writeLarge(outDir, options)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`wrote ${r.districts} districts × ${r.quarters} quarters to ${r.dir} in ${seconds}s`)
    return
  }
  throw new Error(`unknown arguments: ${argv.join(' ')} (try --check or --large <outDir>)`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2))
  } catch (e) {
    console.error(e instanceof Error ? e.message : e)
    process.exitCode = 1
  }
}
