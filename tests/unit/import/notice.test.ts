/**
 * The importer's parser against the published notices and the layouts a clerk brings them in.
 * The reference is the served 2022Q2 file (tests/fixtures/datasets): an import of the same page
 * must give exactly its figures.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IMAGE_REASON, importNotice } from '../../../src/domain/import/build'
import type { ImportProblem } from '../../../src/domain/import/notice'
import type { QuarterFile } from '../../../src/domain/model/schema'
import { tableAvailability } from '../../../src/domain/tables/ranking-table'
import { loadDistricts, loadQuarter } from '../../fixtures/datasets'

const notices = join(import.meta.dirname, '..', '..', 'fixtures', 'notices')
const PAGE = readFileSync(join(notices, '2022-07-26-qdrb-page.txt'), 'utf8')
const Q1_2023 = readFileSync(join(notices, '2023Q1-smartjx.txt'), 'utf8')
const districts = loadDistricts('real')
const served = loadQuarter('real', 'quarters/2022Q2.json')

const run = (text: string, quarter?: '2022Q2' | '2024Q1') =>
  importNotice(text, { districts, dataset: 'real', quarter, now: '2026-12-02T00:00:00Z' })
const errors = (ps: ImportProblem[]) => ps.filter((p) => p.severity === 'error')

/** The figures a notice states, in a form two files can be compared by. */
function figures(f: QuarterFile) {
  return {
    composite: f.composite.rows.map((r) => [r.district, r.rank, r.score]),
    sections: f.sections.map((s) => ({
      id: s.id,
      weight: s.weight,
      indicators: s.indicators,
      rows:
        s.table.status === 'published'
          ? s.table.rows.map((r) => [r.district, r.score, r.rank, r.stars])
          : s.table.status,
    })),
    flags: f.flags.map((fl) => [fl.flag, fl.districts, fl.reason]),
    movements: f.movements.map((m) => [m.district, m.placesUp, m.vs, m.atLeast ?? false]),
  }
}

describe('the 2022-07-26 newspaper page (the whole page, other stories included)', () => {
  const result = run(PAGE)
  const file = result.file as QuarterFile

  it('imports without errors, as 2022Q2, with the issuer and date of its signature', () => {
    expect(errors(result.problems)).toEqual([])
    expect(file.quarter).toBe('2022Q2')
    expect(file.notice.issuer).toBe('青岛市综合考核委员会')
    expect(file.notice.published).toBe('2022-07-26')
  })

  it('gives exactly the figures of the served 2022Q2 file', () => {
    expect(figures(file)).toEqual(figures(served))
  })

  it('reads the composite top five, both section tables with printed stars, both flags and 市南区’s rise of exactly 2', () => {
    expect(file.composite.rows.map((r) => r.district)).toEqual([
      'huangdao',
      'jiaozhou',
      'laoshan',
      'jimo',
      'shinan',
    ])
    const economy = file.sections.find((s) => s.id === 'economy')
    expect(economy?.table.status === 'published' && economy.table.rows.map((r) => r.stars)).toEqual([
      9, 9, 8, 8, 6, 5, 4, 3, 2, 1,
    ])
    expect(file.flags.map((f) => [f.flag, f.districts])).toEqual([
      ['top', ['huangdao', 'jiaozhou']],
      ['rise', ['shinan']],
    ])
    expect(file.movements).toMatchObject([{ district: 'shinan', placesUp: 2, vs: '2022Q1' }])
    expect(file.movements[0]?.atLeast).toBeUndefined()
  })

  it('marks the section ranks as derived (the tables print none) and the composite ranks as printed', () => {
    const urban = file.sections.find((s) => s.id === 'urban')
    expect(urban?.table.status === 'published' && urban.table.rows.every((r) => r.rankDerived)).toBe(true)
    expect(file.composite.rows.some((r) => r.rankDerived)).toBe(false)
  })

  it('keeps the page as the quarter’s source, and each figure knows its line', () => {
    expect(file.imported?.text).toBe(PAGE)
    expect(file.sources).toEqual([file.imported?.source.id])
    const lines = PAGE.split('\n')
    const at = (key: string) => lines[(file.imported?.lines[key] ?? 0) - 1] ?? ''
    expect(at('composite/laoshan')).toContain('86.53')
    expect(at('section/economy/licang')).toContain('44.69')
    expect(at('flag/rise')).toContain('加压奋进')
    expect(at('movement/shinan')).toContain('上升2个位次')
  })

  it('warns about the printed stars that differ from the 10★→1★ rule, and fixes nothing', () => {
    const stars = result.problems.filter((p) => p.code === 'stars-rule')
    expect(stars.map((p) => [p.params.table, p.params.district, p.params.stars, p.params.rule])).toEqual([
      ['economy', 'huangdao', 9, 10],
      ['economy', 'shinan', 8, 7],
      ['urban', 'jiaozhou', 9, 10],
      ['urban', 'chengyang', 8, 7],
    ])
  })

  it('never reads the arena story above the notice nor the stories after its signature', () => {
    expect(result.parse.region.from).toBe(53)
    expect(result.parse.region.to).toBeLessThan(99)
    expect(file.flags[0]?.provenance.status === 'published' && file.flags[0].provenance.quote).toContain(
      '居前2位',
    )
  })
})

describe('the 2023Q1 notice (its tables were published as images)', () => {
  const result = run(Q1_2023)
  const file = result.file as QuarterFile

  it('imports its flags: 黄岛区 and 胶州市 top two; 即墨区, 市北区, 李沧区 rose at least 2 places', () => {
    expect(errors(result.problems)).toEqual([])
    expect(file.quarter).toBe('2023Q1')
    expect(file.flags.map((f) => [f.flag, f.districts, f.reason])).toEqual([
      ['top', ['huangdao', 'jiaozhou'], '综合成绩居前2位'],
      ['rise', ['jimo', 'shibei', 'licang'], '提升2个及以上位次'],
    ])
    expect(file.movements.map((m) => [m.district, m.placesUp, m.vs, m.atLeast])).toEqual([
      ['jimo', 2, '2022Q4', true],
      ['shibei', 2, '2022Q4', true],
      ['licang', 2, '2022Q4', true],
    ])
  })

  it('lists its three sections and the bonus item, and marks the composite and section tables as published as images', () => {
    expect(file.sections.map((s) => [s.id, s.table.status])).toEqual([
      ['economy', 'not-published'],
      ['projects', 'not-published'],
      ['urban', 'not-published'],
    ])
    for (const s of file.sections)
      expect(s.table.status === 'not-published' && s.table.reason).toBe(IMAGE_REASON)
    expect(file.composite.rows).toEqual([])
    expect(file.composite.unpublished?.reason).toBe(IMAGE_REASON)
    expect(file.bonusItems).toEqual(['群众满意度加分项'])
    // …and the views say so instead of showing an empty table.
    expect(tableAvailability(file, 'overall')).toEqual({
      available: false,
      reason: IMAGE_REASON,
      reasonEn: expect.any(String),
    })
    expect(tableAvailability(file, 'economy')).toMatchObject({ available: false, reason: IMAGE_REASON })
  })

  it('keeps the commendation as a note (not a flag), the basis, and the signature; the site chrome after 标签 is not read', () => {
    expect(file.notes.find((n) => n.id.startsWith('import-commendation'))?.zh).toContain('市南区、市北区')
    expect(file.notice.basis).toBe('《2023年度经济运行及重点工作季度“摘星夺旗”考核办法》')
    expect(file.notice).toMatchObject({ issuer: '青岛市综合考核委员会', published: '2023-05-07' })
    expect(result.parse.region.to).toBeLessThan(PAGE.split('\n').length)
    expect(file.flags).toHaveLength(2)
  })
})

// The notice part of the page (title to signature), rewritten the ways web copies and clerks bring it.
const NOTICE = PAGE.split('\n').slice(52, 99).join('\n')
const mapLines = (text: string, f: (line: string) => string) => text.split('\n').map(f).join('\n')
const isRow = (l: string) => /\t(\d+\.\d+)/.test(l)

const LAYOUTS: [string, (t: string) => string][] = [
  ['as published (tab-separated rows, ★ glyphs, caption in the first cell)', (t) => t],
  ['tabs became spaces', (t) => t.replace(/\t/g, ' ')],
  ['tabs became full-width spaces', (t) => t.replace(/\t/g, '\u3000\u3000')],
  ['scores carry 分', (t) => mapLines(t, (l) => (isRow(l) ? l.replace(/\t(\d+\.\d+)/, '\t$1分') : l))],
  ['stars written as 9星', (t) => t.replace(/★+/g, (s) => `${s.length}星`)],
  [
    'full-width digits',
    (t) =>
      mapLines(t, (l) => (isRow(l) ? l.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : l)),
  ],
  [
    'the caption stands on its own line above the header',
    (t) =>
      mapLines(t, (l) => {
        const m = l.match(/^(经济运行|城市更新建设) (\(.*\))\t(.*)$/)
        return m ? `${m[1]}${m[2]}\n区市\t得分\t摘星情况\n${m[3]}` : l
      }).replace(/单项板块\t区市\t得分\t摘星情况\n(?=经济运行|城市更新建设)/g, ''),
  ],
  ['headings without ordinals', (t) => t.replace(/^### [一二]、/gm, '')],
  [
    'headings with （一） ordinals and no markup',
    (t) => t.replace(/^### 一、/m, '（一）').replace(/^### 二、/m, '（二）'),
  ],
  [
    'inside page chrome (menus, share links, related news)',
    (t) =>
      [
        '首页 | 新闻 | 时政 | 区市 | 视频',
        '当前位置：首页 > 青岛新闻 > 时政',
        t,
        '分享到： 微信 微博 QQ空间',
        '【相关新闻】',
        '市南区 2022年上半年GDP增长 3.1',
        '责任编辑：王某某',
      ].join('\n'),
  ],
  ['Windows line ends', (t) => t.replace(/\n/g, '\r\n')],
  [
    'the caption broken over two lines (the name above, its details in the first row)',
    (t) => t.replace(/^(经济运行|城市更新建设) (\(.*\)\t)/gm, '$1\n$2'),
  ],
  [
    'one cell per line (a table copied from a phone page or a WeChat article)',
    (t) =>
      mapLines(t, (l) =>
        /\t/.test(l)
          ? l
              .split('\t')
              .filter((c) => c !== '')
              .map((c) => c.replace(/^(经济运行|城市更新建设) /, '$1'))
              .join('\n')
          : l,
      ),
  ],
  [
    'no gap between the caption and the first district (全角括号, Word copy)',
    (t) => t.replace(/^(经济运行|城市更新建设) \((.*)\)\t(\S+)\t/gm, '$1（$2）$3\t'),
  ],
  [
    'a column the importer does not read (名次变化), spaces instead of tabs',
    (t) =>
      t
        .replace('位次\t区市\t得分', '位次 区市 得分 名次变化')
        .replace(
          /^(\d)\t(\S+)\t(\d+\.\d+)$/gm,
          (_m, r, d, sc) => `${r} ${d} ${sc} ${r === '5' ? '↑2' : '—'}`,
        ),
  ],
]

describe('layouts of the same notice give the same figures', () => {
  const reference = figures(run(NOTICE).file as QuarterFile)
  it.each(LAYOUTS)('%s', (_name, layout) => {
    const result = run(layout(NOTICE))
    expect(errors(result.problems)).toEqual([])
    expect(figures(result.file as QuarterFile)).toEqual(reference)
  })

  it('cells pasted from Excel/WPS: one header row with a 板块 column, no caption, quarter chosen', () => {
    const sections = served.sections.flatMap((s) =>
      s.table.status === 'published'
        ? s.table.rows.map(
            (r) =>
              `${s.id === 'economy' ? '经济运行' : '城市更新建设'}\t${districts.find((d) => d.id === r.district)?.name}\t${r.score.toFixed(2)}\t${r.stars}`,
          )
        : [],
    )
    const composite = served.composite.rows.map(
      (r) => `${r.rank}\t${districts.find((d) => d.id === r.district)?.name}\t${r.score?.toFixed(2)}`,
    )
    const text = ['位次\t区市\t综合得分', ...composite, '', '板块\t区市\t得分\t星级', ...sections].join('\n')
    const result = run(text, '2022Q2')
    expect(errors(result.problems)).toEqual([])
    const got = figures(result.file as QuarterFile)
    const want = figures(served)
    expect(got.composite).toEqual(want.composite)
    expect(got.sections.map((s) => [s.id, s.rows])).toEqual(
      want.sections.filter((s) => s.rows !== 'not-published').map((s) => [s.id, s.rows]),
    )
  })
})

it('a caption line of its own that ends with a full stop and has no parentheses', () => {
  const text = NOTICE.replace(/^经济运行 \(.*\)\t/m, '\t').replace(
    /^单项板块\t区市\t得分\t摘星情况\n(?=\t黄岛区\t54\.96)/m,
    '经济运行板块：考核地区生产总值等12项指标，权重60分。\n区市\t得分\t摘星情况\n',
  )
  const r = run(text)
  expect(errors(r.problems)).toEqual([])
  const economy = r.file?.sections.find((x) => x.id === 'economy')
  expect(economy?.weight).toBe(60)
  expect(economy?.indicatorCount).toBe(12)
  expect(economy?.table.status === 'published' && economy.table.rows.map((x) => x.district)).toEqual(
    served.sections[0]?.table.status === 'published'
      ? served.sections[0].table.rows.map((x) => x.district)
      : null,
  )
})

describe('another layout: full-width spaces, printed ranks and star digits, ties, four sections, 分别 statements', () => {
  // Constructed for this test (the figures are made up): the layout of a later notice as a news site
  // reprints it, with its page chrome, an 办公室 signature and related news after it.
  const text = readFileSync(join(notices, 'constructed-layout-4-sections.txt'), 'utf8')
  const r = run(text)
  const f = r.file as QuarterFile

  it('reads every table row for row, aliases resolved (西海岸新区 → 黄岛区)', () => {
    expect(errors(r.problems)).toEqual([])
    expect(f.quarter).toBe('2023Q2')
    expect(f.composite.rows.map((x) => [x.district, x.rank, x.score])[0]).toEqual(['huangdao', 1, 95.12])
    expect(f.composite.rows).toHaveLength(10)
    const business = f.sections.find((x) => x.id === 'business')
    expect(business?.weight).toBe(10)
    expect(
      business?.table.status === 'published' &&
        business.table.rows.slice(0, 4).map((x) => [x.district, x.rank, x.stars, x.rankDerived]),
    ).toEqual([
      ['shinan', 1, 10, undefined],
      ['laoshan', 2, 9, undefined],
      ['shibei', 2, 9, undefined],
      ['jiaozhou', 4, 7, undefined],
    ])
    expect(f.sections.map((x) => [x.id, x.table.status])).toEqual([
      ['economy', 'published'],
      ['projects', 'not-published'],
      ['urban', 'not-published'],
      ['business', 'published'],
    ])
  })

  it('gives each district of a 分别 statement its own number, and the issuer from the signature', () => {
    expect(f.movements.map((m) => [m.district, m.placesUp, m.vs, m.atLeast ?? false])).toEqual([
      ['laoshan', 3, '2023Q1', false],
      ['chengyang', 2, '2023Q1', false],
    ])
    expect(f.flags.map((x) => [x.flag, x.districts])).toEqual([
      ['top', ['huangdao', 'jiaozhou']],
      ['rise', ['laoshan', 'chengyang']],
    ])
    expect(f.notice).toMatchObject({ issuer: '青岛市综合考核委员会办公室', published: '2023-08-02' })
    expect(f.bonusItems).toEqual(['群众满意度加分项'])
  })
})

describe('broken inputs are named errors with line and column, and give no file', () => {
  const broken = (f: (t: string) => string) => run(f(NOTICE))
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1

  it('an unknown district', () => {
    const text = NOTICE.replace('\t平度市\t49.91', '\t平度县\t49.91')
    const r = run(text)
    expect(r.file).toBeNull()
    expect(errors(r.problems)).toEqual([
      expect.objectContaining({
        code: 'unknown-district',
        line: lineOf(text, '平度县'),
        col: 2,
        params: { name: '平度县' },
      }),
    ])
  })

  it('a score over its section’s weight', () => {
    const text = NOTICE.replace('\t胶州市\t19.38', '\t胶州市\t29.38')
    const r = run(text)
    expect(r.file).toBeNull()
    expect(errors(r.problems)[0]).toMatchObject({
      code: 'score-out-of-range',
      line: lineOf(text, '29.38'),
      col: (text.split('\n')[lineOf(text, '29.38') - 1]?.indexOf('29.38') ?? -1) + 1,
      params: { district: 'jiaozhou', score: 29.38, weight: 20 },
    })
  })

  it('a duplicate row', () => {
    const text = NOTICE.replace('\t莱西市\t48.41\t★★', '\t莱西市\t48.41\t★★\n\t莱西市\t48.41\t★★')
    const r = run(text)
    expect(r.file).toBeNull()
    expect(errors(r.problems).map((p) => [p.code, p.params.district])).toEqual([
      ['duplicate-district', 'laixi'],
    ])
  })

  it('stars outside 1..10, a rank that disagrees with the scores, a section table with too few rows', () => {
    expect(errors(broken((t) => t.replace(/\t★★★★★★★★★$/m, '\t11星')).problems).map((p) => p.code)).toEqual([
      'stars-out-of-range',
    ])
    expect(
      errors(broken((t) => t.replace('2\t胶州市\t88.12', '4\t胶州市\t88.12')).problems).map((p) => p.code),
    ).toEqual(['rank-order'])
    expect(
      errors(broken((t) => t.replace(/^\t李沧区\t44\.69.*\n/m, '')).problems).map((p) => [
        p.code,
        p.params.rows,
      ]),
    ).toEqual([['too-few-rows', 9]])
  })

  it('a text with no quarter and none chosen', () => {
    const r = run('位次\t区市\t得分\n1\t黄岛区\t90.00')
    expect(errors(r.problems).map((p) => p.code)).toEqual(['no-quarter'])
    expect(run('位次\t区市\t得分\n1\t黄岛区\t90.00', '2024Q1').file?.quarter).toBe('2024Q1')
  })
})
