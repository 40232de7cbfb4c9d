// The static baseline of `npm run bench` (scripts/bench.mjs): the rankings table the app shows for one
// quarter and section, as one plain HTML file generated from the data files (no JS, system fonts,
// minimal inline CSS). The benchmark serves it from the same origin as the app and compares the app's
// LCP and first table row against it, so the baseline follows the data: a quarter file that grows a
// longer table makes both pages heavier.
//
// What is reproduced: the document title, the h1 ("2022年二季度 · 经济运行"), the table caption (visually
// hidden, as in the app), the seven column headers, and one row per district with rank, name (a link),
// score, stars, red flags, change vs the previous quarter and data status, using the same Chinese strings.
// What is not: the app's chrome (navigation, header controls, sources/notes panels, filter), and the
// rule-derived figures the app computes on top of the file (e.g. the rule's star count beside the
// printed one). Rows whose figures the file marks as derived say 推算 like the app.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'

// Strings as the app's zh resources have them (src/lib/i18n-common.ts, src/features/rankings/i18n.ts).
const QUARTER_NAME = { 1: '一', 2: '二', 3: '三', 4: '四' }
const SECTION_NAME = {
  overall: '综合成绩',
  economy: '经济运行',
  projects: '项目签约落地',
  urban: '城市更新建设',
  business: '优化营商环境',
}
const FLAG_NAME = { top: '真抓实干、勇当排头', rise: '加压奋进、进位赶超' }
const NOT_PUBLISHED = '未公布'
const SORT_HINT = '点击列标题排序；未公布的值在两个方向上都排在最后。'

/** '2022Q2' → '2022年二季度' (the app's f.quarter in Chinese). */
export function quarterLabel(quarter) {
  const [, year, q] = /^(\d{4})Q([1-4])$/.exec(quarter) ?? []
  if (!year) throw new Error(`not a quarter id: ${quarter}`)
  return `${year}年${QUARTER_NAME[q]}季度`
}

export const sectionLabel = (section) => SECTION_NAME[section] ?? section

/** The first part of the app's table caption ("2022年二季度经济运行排名"), before ". <sort hint>". */
export const captionOf = (quarter, section) => `${quarterLabel(quarter)}${sectionLabel(section)}排名`

const esc = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'))

/** The quarters of a dataset folder (from its files' names), oldest first, and a reader for each. */
function openDataset(dataDir) {
  const manifest = readJson(join(dataDir, 'manifest.json'))
  const real = manifest.datasets.real
  const quarters = Object.keys(real.quarters).sort()
  const file = (q) => readJson(join(dataDir, ...real.quarters[q].file.split('/')))
  const districts = readJson(join(dataDir, ...real.districts.file.split('/')))
  return { quarters, file, districts }
}

/**
 * Every (quarter, section) the real dataset has a table for, with its caption: the benchmark reads the
 * app's caption for the bare #/rankings and picks the matching one, so the bare route's baseline is the
 * table the app's default view shows, whichever default the app picks.
 */
export function tableChoices(dataDir) {
  const ds = openDataset(dataDir)
  return ds.quarters.flatMap((q) =>
    ['overall', ...ds.file(q).sections.map((s) => s.id)].map((section) => ({
      quarter: q,
      section,
      caption: captionOf(q, section),
    })),
  )
}

/** Rank (number or null) of each district in one quarter's table (composite for 'overall'). */
function ranksOf(quarterFile, section) {
  const ranks = new Map()
  if (!quarterFile) return ranks
  if (section === 'overall') for (const r of quarterFile.composite?.rows ?? []) ranks.set(r.district, r.rank)
  else {
    const table = quarterFile.sections.find((s) => s.id === section)?.table
    if (table?.status === 'published') for (const r of table.rows) ranks.set(r.district, r.rank)
  }
  return ranks
}

function starsCell(n) {
  if (n == null) return NOT_PUBLISHED
  return `<span class="star">${'★'.repeat(n)}</span><span class="rule">${'☆'.repeat(Math.max(0, 10 - n))}</span> ${n}`
}

function changeCell(now, before, previousQuarter) {
  if (now == null || before == null)
    return `? vs ${previousQuarter}（${before == null ? `${previousQuarter}${NOT_PUBLISHED}` : NOT_PUBLISHED}）`
  const delta = before - now
  if (delta === 0) return '— 持平'
  return delta > 0 ? `<span class="up">▲${delta}</span>` : `<span class="down">▼${-delta}</span>`
}

const STATUS = {
  published: '● 已公布',
  derived: '◐ 推算',
  'not-published': `○ ${NOT_PUBLISHED}`,
}

/**
 * The HTML page for `quarter` / `section` ('overall' for the composite) of the real dataset in `dataDir`
 * (a folder with manifest.json, e.g. public/data).
 */
export function staticBaselineHtml(dataDir, { quarter, section }) {
  const ds = openDataset(dataDir)
  if (!ds.quarters.includes(quarter)) throw new Error(`no quarter ${quarter} in ${dataDir}`)
  const file = ds.file(quarter)
  // The calendar's previous quarter, as the app's 较上季度 column (it may have no file: then "? vs 2023Q2").
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(5))]
  const previousQuarter = q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`
  const previousRanks = ranksOf(ds.quarters.includes(previousQuarter) && ds.file(previousQuarter), section)
  const flagsOf = (id) =>
    (file.flags ?? []).filter((f) => f.districts.includes(id)).map((f) => `⚑ ${FLAG_NAME[f.flag] ?? f.flag}`)

  // Rows in the app's default order: by rank, unranked districts after, in the districts file's order.
  let rows
  let weight = null
  if (section === 'overall') {
    weight = file.composite?.weight ?? null
    const byDistrict = new Map((file.composite?.rows ?? []).map((r) => [r.district, r]))
    rows = ds.districts.map((d) => {
      const r = byDistrict.get(d.id)
      return {
        district: d,
        rank: r?.rank ?? null,
        score: r?.score ?? null,
        stars: r?.totalStars != null ? `${r.totalStars}★` : NOT_PUBLISHED,
        status: r ? r.provenance.status : 'not-published',
      }
    })
  } else {
    const s = file.sections.find((x) => x.id === section)
    if (!s) throw new Error(`${quarter} has no section ${section}`)
    weight = s.weight
    const published = s.table.status === 'published' ? s.table.rows : []
    const byDistrict = new Map(published.map((r) => [r.district, r]))
    rows = ds.districts.map((d) => {
      const r = byDistrict.get(d.id)
      return {
        district: d,
        rank: r?.rank ?? null,
        score: r?.score ?? null,
        stars: starsCell(r?.stars ?? null),
        status: r ? 'published' : 'not-published',
      }
    })
  }
  rows.sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY))

  const th = (label) =>
    `<th scope="col"><button type="button">${label} <span aria-hidden="true">⇅</span></button></th>`
  const head = [
    th('位次'),
    th('区市'),
    th(`得分${weight != null ? `<small>（满分${weight}）</small>` : ''}`),
    th(section === 'overall' ? '总星数' : '摘星'),
    th(section === 'overall' ? '红旗' : '红旗（综合）'),
    th('较上季度'),
    th('数据状态'),
  ].join('')
  const body = rows
    .map((r) => {
      const cells = [
        `<b>${r.rank ?? NOT_PUBLISHED}</b>`,
        `<a href="#/districts/${esc(r.district.id)}?quarter=${quarter}">${esc(r.district.name)}</a>`,
        r.score != null ? r.score.toFixed(2) : NOT_PUBLISHED,
        r.stars,
        flagsOf(r.district.id)
          .map((f) => `<span class="flag">${esc(f)}</span>`)
          .join(' '),
        changeCell(r.rank, previousRanks.get(r.district.id) ?? null, previousQuarter),
        STATUS[r.status] ?? r.status,
      ]
      return `<tr data-district="${esc(r.district.id)}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
    })
    .join('\n')

  const heading = `${quarterLabel(quarter)} · ${sectionLabel(section)}`
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${esc(heading)}（静态基准页）">
<title>排名 · 擂台</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;color:#1f2937;background:#f8fafc}
header{border-bottom:1px solid #d1d5db;background:#fff;padding:.75rem 1rem;font-weight:800}
main{max-width:80rem;margin:0 auto;padding:1rem .75rem}
h1{font-size:1.5rem;margin:0 0 1rem}
table{width:100%;min-width:44rem;border-collapse:collapse;text-align:left;background:#fff;border:1px solid #d1d5db}
th,td{padding:.5rem .75rem;border-bottom:1px solid #d1d5db;vertical-align:middle}
th{background:#f1f5f9;font-size:.875rem;white-space:nowrap}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0 .25rem;color:inherit}
small{font-weight:400;color:#4b5563}
td b{font-size:1.125rem}
a{color:#1d4ed8;font-weight:500;text-decoration:none}
.star{color:#a16207}.rule{color:#9ca3af}.up{color:#b91c1c}.down{color:#15803d}
.flag{display:inline-block;background:#b91c1c;color:#fff;border-radius:.25rem;padding:.125rem .375rem;font-size:.75rem}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
</style>
</head>
<body>
<header>擂台</header>
<main>
<h1>${esc(heading)}</h1>
<table>
<caption class="sr-only">${esc(captionOf(quarter, section))}. ${SORT_HINT}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</main>
</body>
</html>
`
}
