/**
 * The slides, drawn in the fixed 1920×1080 logical canvas (see stage.tsx): sizes are in px of that
 * canvas, never rem (the projection theme enlarges the root font, which must not move slides), and
 * no text is smaller than 28 px. Every slide renders what a pure model in src/domain/deck.ts
 * computed; nothing here decides what is published.
 */

import type { TFunction } from 'i18next'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { type Dataset, SECTION_NAMES } from '../../domain/model/dataset'
import { type Figure, figureValue } from '../../domain/model/figure'
import { type QuarterId, quarterLabel } from '../../domain/model/quarter'
import type { District, SectionOrOverall, Source } from '../../domain/model/schema'
import { FLAG_NAMES } from '../../domain/rules/flags'
import { cn } from '../../lib/cn'
import { districtColor } from '../../lib/theme'
import {
  boardModel,
  closingModel,
  type DistrictCardModel,
  districtCardModel,
  isSecondhand,
  type MoversModel,
  moversModel,
  podiumModel,
  type SlideView,
  secondhandSources,
  slideFacts,
  sourceLabel,
  sourcesOf,
  speakingOrder,
  titleModel,
} from './model/deck'
import type { TimerSnapshot } from './model/deck-controller'
import { Delta, Fig, FlagChip, type Lang, Stars, useLang } from './parts'

const fmtScore = (v: number) => v.toFixed(2)
const fmtInt = (v: number) => String(v)

/** Long names (English "Huangdao (West Coast New Area)") get a smaller, still ≥ 28 px size so rows never overflow. */
function nameSize(name: string, base: 'row' | 'big'): string {
  if (base === 'big') return name.length > 16 ? 'text-[64px]' : 'text-[104px]'
  return name.length > 22 ? 'text-[28px]' : name.length > 12 ? 'text-[32px]' : 'text-[40px]'
}

export function districtName(d: District, lang: Lang): string {
  return lang === 'en' ? d.nameEn : d.name
}

function SlideHeading({ children, aside }: { children: React.ReactNode; aside?: React.ReactNode }) {
  return (
    <div className="mb-[24px] flex items-baseline justify-between gap-[32px]">
      <h2 className="text-[56px] font-black leading-[1.15]">{children}</h2>
      {aside && <div className="text-[32px] text-muted">{aside}</div>}
    </div>
  )
}

/**
 * Footnotes break at punctuation and spaces, not inside a name ("青岛市" never becomes "青" / "岛市");
 * a run too long for the line still wraps rather than overflowing.
 */
const NOTE_TEXT = 'text-[28px] leading-[1.3] [word-break:keep-all] [overflow-wrap:anywhere]'

type Secondhand = {
  /** "†" for a figure or award whose every source is a news report or a secondary copy. */
  mark: (fact: Figure<unknown> | string[]) => string
  /** The slide's † footnote naming those sources, or null when the slide has none. */
  note: string | null
}

/** The † marks and footnote of one slide, from the same facts the closing slide's source list uses. */
function useSecondhand(ds: Dataset, quarter: QuarterId, view: SlideView, sources: Map<string, Source>) {
  const { t } = useTranslation(['present', 'common'])
  const lang = useLang()
  const viewKey = JSON.stringify(view)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the view is compared by value (viewKey)
  return useMemo((): Secondhand => {
    const used = secondhandSources(slideFacts(ds, quarter, view), sources)
    return {
      mark: (fact) => (isSecondhand(Array.isArray(fact) ? fact : sourcesOf(fact), sources) ? '†' : ''),
      note: used.length
        ? t('secondhandNote', {
            list: used.map((s) => sourceLabel(s, lang)).join(lang === 'en' ? '; ' : '、'),
          })
        : null,
    }
  }, [ds, quarter, viewKey, sources, lang, t])
}

function SecondhandNote({ note }: { note: string | null }) {
  if (!note) return null
  return (
    <p data-testid="secondhand-note" className={cn(NOTE_TEXT, 'text-muted')}>
      {note}
    </p>
  )
}

export type SlideProps = {
  ds: Dataset
  quarter: QuarterId
  sources: Map<string, Source>
  timer: TimerSnapshot | null
}

export function SlideBody({ view, ...props }: SlideProps & { view: SlideView }) {
  switch (view.kind) {
    case 'title':
      return <TitleSlide {...props} />
    case 'podium':
      return <PodiumSlide {...props} />
    case 'board':
      return <BoardSlide {...props} section={view.section} />
    case 'movers':
      return <MoversSlide {...props} />
    case 'district':
      return <DistrictSlide {...props} district={view.district} />
    case 'closing':
      return <ClosingSlide {...props} />
  }
}

// ------------------------------------------------------------------ title

function TitleSlide({ ds, quarter }: SlideProps) {
  const { t } = useTranslation(['present', 'common'])
  const lang = useLang()
  const m = titleModel(ds, quarter)
  return (
    <div className="flex h-full flex-col items-center justify-center gap-[36px] text-center">
      <p className="text-[48px] font-bold text-accent">{t('brand')}</p>
      <h1 className="text-[128px] font-black leading-[1.1]">{quarterLabel(quarter, lang)}</h1>
      <p className="text-[64px] font-bold leading-[1.2]">{t('results')}</p>
      {!m ? (
        <p className="text-[44px] text-missing">{t('title.noFile', { quarter })}</p>
      ) : (
        <>
          <div className="flex flex-col gap-[12px] text-[40px] text-muted">
            <p className={m.issuer ? '' : 'text-missing'}>
              {m.issuer ? t('title.issuer', { issuer: m.issuer }) : t('title.issuerUnknown')}
            </p>
            <p className={m.published ? '' : 'text-missing'}>
              {m.published ? t('title.date', { date: m.published }) : t('title.dateUnknown')}
            </p>
          </div>
          {m.sections.length > 0 && (
            <ul className="flex max-w-[1600px] flex-wrap justify-center gap-[20px] text-[36px]">
              {m.sections.map((s) => (
                <li key={s.id} className="rounded-[12px] border-2 border-line bg-surface px-[24px] py-[6px]">
                  <span className="font-bold">{SECTION_NAMES[s.id][lang]}</span>{' '}
                  <span className={s.published ? 'text-muted' : 'text-missing'}>
                    {!s.published
                      ? t('title.tableMissing')
                      : s.weight !== null
                        ? t('title.weight', { w: s.weight })
                        : t('title.weightUnknown')}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {m.bonusItems.length > 0 && (
            <p className="text-[32px] text-muted">{t('title.bonus', { items: m.bonusItems.join('、') })}</p>
          )}
        </>
      )}
    </div>
  )
}

// ------------------------------------------------------------------ podium and flags

const PILLAR_HEIGHT = { 1: 340, 2: 260, 3: 200 } as const

function PodiumSlide({ ds, quarter, sources }: SlideProps) {
  const { t } = useTranslation(['present', 'common'])
  const lang = useLang()
  const m = useMemo(() => podiumModel(ds, quarter), [ds, quarter])
  const sh = useSecondhand(ds, quarter, { kind: 'podium' }, sources)
  if (!m) return null
  const byPlace = (n: 1 | 2 | 3) => m.places.find((p) => p.place === n)
  // A place known only by rule is marked on its pillar ("第3名*"), as the cards mark a derived rank.
  const placeDerived = (n: 1 | 2 | 3) => byPlace(n)?.entries.some((e) => e.rank.status === 'derived') ?? false
  const placeMark = (n: 1 | 2 | 3) =>
    byPlace(n)
      ?.entries.map((e) => sh.mark(e.rank))
      .find(Boolean) ?? ''
  const anyDerived = ([1, 2, 3] as const).some(placeDerived)
  return (
    <div className="flex h-full gap-[64px]">
      <section className="flex min-w-0 flex-[3] flex-col">
        <SlideHeading>{t('podium.heading')}</SlideHeading>
        {m.knownCount === 0 ? (
          <p className="flex flex-1 items-center justify-center text-[48px] text-missing">
            {t('podium.noRanks')}
          </p>
        ) : (
          <ol className="flex flex-1 items-end justify-center gap-[32px]">
            {([2, 1, 3] as const).map((n) => {
              const place = byPlace(n)
              return (
                <li
                  key={n}
                  data-place={n}
                  className="flex w-[320px] flex-col items-center gap-[12px] text-center"
                >
                  {place?.entries.length ? (
                    place.entries.map((e) => (
                      <div key={e.district.id} className="flex flex-col items-center">
                        <span
                          className={cn(
                            'font-black leading-[1.15]',
                            districtName(e.district, lang).length > 10 ? 'text-[36px]' : 'text-[56px]',
                          )}
                        >
                          {districtName(e.district, lang)}
                        </span>
                        <Fig
                          figure={e.score}
                          format={(v) => t('podium.points', { v: fmtScore(v) })}
                          className="tabular text-[40px]"
                          mark={sh.mark(e.score)}
                        />
                      </div>
                    ))
                  ) : (
                    <span className="text-[44px] text-missing">{t('podium.notPublished')}</span>
                  )}
                  <div
                    className={cn(
                      'flex w-full items-start justify-center rounded-t-[16px] pt-[20px] text-[56px] font-black',
                      n === 1 ? 'bg-flag text-accent-ink' : 'bg-surface-2 text-ink',
                    )}
                    style={{ height: PILLAR_HEIGHT[n] }}
                  >
                    <span data-testid={`pillar-${n}`}>
                      {t('podium.place', { n })}
                      {placeDerived(n) && '*'}
                      {placeMark(n)}
                    </span>
                  </div>
                </li>
              )
            })}
          </ol>
        )}
        <div className="mt-[20px] flex flex-col gap-[4px]">
          {m.knownCount > 0 && m.publishedCount < m.total && (
            <p data-testid="podium-known" className={cn(NOTE_TEXT, 'text-muted')}>
              {m.derivedCount > 0
                ? t('podium.knownDerived', { n: m.publishedCount, d: m.derivedCount, total: m.total })
                : t('podium.known', { n: m.publishedCount, total: m.total })}
            </p>
          )}
          {anyDerived && <p className={cn(NOTE_TEXT, 'text-derived')}>{t('board.derivedNote')}</p>}
          <SecondhandNote note={sh.note} />
        </div>
      </section>
      <section className="flex min-w-0 flex-[2] flex-col">
        <SlideHeading>{t('podium.flags')}</SlideHeading>
        {m.flags.length === 0 ? (
          <p className="text-[40px] text-missing">{t('podium.noFlags')}</p>
        ) : (
          <ul className="flex flex-col gap-[40px]">
            {m.flags.map((g) => (
              <li key={g.flag} className="flex flex-col gap-[16px]">
                <FlagChip flag={g.flag} status="published" className="self-start text-[40px]" />
                <p className="text-[28px] text-muted">
                  {FLAG_NAMES[g.flag][lang === 'en' ? 'ruleEn' : 'ruleZh']}
                </p>
                <p className="flex flex-wrap gap-x-[28px] gap-y-[8px] text-[52px] font-bold leading-[1.2]">
                  {g.winners.map((w) => (
                    <span key={w.district.id} className={w.status === 'derived' ? 'text-derived' : ''}>
                      {districtName(w.district, lang)}
                      {sh.mark(w.sources)}
                      {w.status === 'derived' && (
                        <span className="text-[32px] font-normal">（{t('derived')}）</span>
                      )}
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

// ------------------------------------------------------------------ ranking / star board

function BoardSlide({ ds, quarter, section, sources }: SlideProps & { section: SectionOrOverall }) {
  const { t } = useTranslation(['present', 'common'])
  const lang = useLang()
  const board = useMemo(() => boardModel(ds, quarter, section), [ds, quarter, section])
  const sh = useSecondhand(ds, quarter, { kind: 'board', section }, sources)
  if (!board) return null
  const overall = section === 'overall'
  // A change column that would say "?" on every row says nothing: it is dropped, and the note
  // under the table says once that the change is not published.
  const showChange = board.changeKnown
  const baseline = board.rows[0]?.rankChange.baseline
  // Fixed column widths (table-layout: fixed) so ten rows line up and a long name cannot push
  // the columns; the district column takes what is left.
  const widths = [
    ...(overall ? [110, null, 200, 180, 340] : [110, null, 200, 560]),
    ...(showChange ? [250] : []),
  ]
  const hasDerived = board.rows.some(
    (r) =>
      [r.rank, r.score, r.totalStars].some((f) => f.status === 'derived') ||
      r.flags.some((f) => f.status === 'derived'),
  )
  const cell = 'pr-[24px] align-middle'
  return (
    <div className="flex h-full flex-col">
      <SlideHeading
        aside={
          board.weight !== null || (!showChange && baseline) ? (
            <>
              {board.weight !== null && t('board.weight', { w: board.weight })}
              {board.weight !== null && !showChange && baseline && ' · '}
              {/* Said once, next to the heading, where it costs no row height. */}
              {!showChange && baseline && (
                <span data-testid="change-unknown">{t('board.changeUnknown', { q: baseline })}</span>
              )}
            </>
          ) : undefined
        }
      >
        {SECTION_NAMES[section][lang]}
      </SlideHeading>
      {/* The table fills what the notes leave: rows grow up to a comfortable height on a quiet
          board and shrink (never below 52 px) when a slide has many notes, instead of overflowing. */}
      <div className="min-h-0 flex-1">
        <table className="h-full w-full table-fixed border-collapse">
          <caption className="sr-only">
            {quarterLabel(quarter, lang)} {SECTION_NAMES[section][lang]}
          </caption>
          <colgroup>
            {widths.map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed by position
              <col key={i} style={w ? { width: w } : undefined} />
            ))}
          </colgroup>
          <thead>
            <tr className="h-[48px] border-b-2 border-line text-left text-[28px] text-muted">
              <th scope="col" className={cn(cell, 'pb-[8px] font-normal')}>
                {t('board.col.rank')}
              </th>
              <th scope="col" className={cn(cell, 'pb-[8px] font-normal')}>
                {t('board.col.district')}
              </th>
              <th scope="col" className={cn(cell, 'pb-[8px] text-right font-normal')}>
                {t('board.col.score')}
              </th>
              <th scope="col" className={cn(cell, 'pb-[8px] font-normal', overall && 'text-right')}>
                {overall ? t('board.col.totalStars') : t('board.col.stars')}
              </th>
              {overall && (
                <th scope="col" className={cn(cell, 'pb-[8px] font-normal')}>
                  {t('board.col.flags')}
                </th>
              )}
              {showChange && (
                <th scope="col" className="pb-[8px] text-left font-normal">
                  {t('board.col.change')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {board.rows.map((r) => {
              const name = districtName(r.district, lang)
              return (
                <tr
                  key={r.district.id}
                  data-district={r.district.id}
                  className="h-[52px] leading-[1.2] border-b border-line text-[36px]"
                >
                  <td className={cell}>
                    <Fig
                      figure={r.rank}
                      format={fmtInt}
                      compact
                      className="text-[40px] font-black tabular"
                      mark={sh.mark(r.rank)}
                    />
                  </td>
                  <th
                    scope="row"
                    className={cn(cell, 'whitespace-nowrap text-left font-bold', nameSize(name, 'row'))}
                  >
                    {name}
                  </th>
                  <td className={cn(cell, 'text-right tabular')}>
                    <Fig figure={r.score} format={fmtScore} compact mark={sh.mark(r.score)} />
                  </td>
                  {overall ? (
                    <td className={cn(cell, 'text-right tabular')}>
                      <Fig
                        figure={r.totalStars}
                        format={(v) => `${v}★`}
                        compact
                        mark={sh.mark(r.totalStars)}
                      />
                    </td>
                  ) : (
                    <td className={cell}>
                      <Stars stars={r.stars} className="text-[32px]" />
                    </td>
                  )}
                  {overall && (
                    <td className={cn(cell, 'text-[28px]')}>
                      <span className="flex gap-[8px]">
                        {r.flags.map((f) => (
                          <FlagChip
                            key={f.flag}
                            flag={f.flag}
                            status={f.status}
                            short
                            mark={sh.mark(f.provenance.sources)}
                          />
                        ))}
                      </span>
                    </td>
                  )}
                  {showChange && (
                    <td className="align-middle text-[32px]">
                      <Delta change={r.rankChange} />
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className={cn(NOTE_TEXT, 'mt-auto flex flex-col gap-[4px] pt-[12px] text-muted')}>
        {board.publishedCount < board.rows.length && (
          <p data-testid="board-partial">
            {board.derivedCount > 0
              ? t('board.partialDerived', {
                  n: board.publishedCount,
                  d: board.derivedCount,
                  total: board.rows.length,
                })
              : t('board.partial', { n: board.publishedCount, total: board.rows.length })}
          </p>
        )}
        {board.starDiffers > 0 && (
          <p className="text-derived">{t('board.starNote', { n: board.starDiffers })}</p>
        )}
        {hasDerived && <p className="text-derived">{t('board.derivedNote')}</p>}
        <SecondhandNote note={sh.note} />
      </div>
    </div>
  )
}

// ------------------------------------------------------------------ movers

const BRIEF_MAX = 6

function MoversSlide({ ds, quarter, sources }: SlideProps) {
  const { t } = useTranslation(['present', 'common'])
  const lang = useLang()
  const m = useMemo(() => moversModel(ds, quarter), [ds, quarter])
  const sh = useSecondhand(ds, quarter, { kind: 'movers' }, sources)
  if (!m) return null
  const changed = m.movers.filter((x) => x.change.delta !== 0)
  const flat = m.movers.filter((x) => x.change.delta === 0)
  const brief = [...changed]
    .sort((a, b) => Math.abs(b.change.delta) - Math.abs(a.change.delta))
    .slice(0, BRIEF_MAX)
  brief.sort((a, b) => b.change.delta - a.change.delta)
  const names = (list: District[]) => list.map((d) => districtName(d, lang)).join(lang === 'en' ? ', ' : '、')
  return (
    <div className="flex h-full flex-col">
      <SlideHeading>{t('movers.heading', { q: m.baseline })}</SlideHeading>
      <div className="flex min-h-0 flex-1 gap-[48px]">
        <SlopeChart model={m} ds={ds} quarter={quarter} mark={sh.mark} />
        <div className="flex min-w-0 flex-1 flex-col gap-[20px]">
          <ul className="flex flex-col gap-[18px]">
            {brief.map((x) => (
              <li key={x.district.id} className="flex flex-col">
                <span className="flex items-baseline gap-[20px] text-[44px] font-bold leading-[1.15]">
                  <Delta change={x.change} baseline={false} />
                  <span>{districtName(x.district, lang)}</span>
                </span>
                <span className="text-[28px] text-muted">
                  <Fig figure={x.from} format={(v) => t('movers.rankN', { n: v })} mark={sh.mark(x.from)} /> →{' '}
                  <Fig figure={x.to} format={(v) => t('movers.rankN', { n: v })} mark={sh.mark(x.to)} /> ·{' '}
                  {x.change.status === 'published' ? t('movers.stated') : t('movers.computed')}
                  {x.change.fromDerivedInput && ` · ${t('movers.fromDerived')}`}
                </span>
              </li>
            ))}
          </ul>
          {changed.length > brief.length && (
            <p className="text-[28px] text-muted">
              {lang === 'en'
                ? `${changed.length - brief.length} more changes in the chart`
                : `另有 ${changed.length - brief.length} 个区市位次变化，见左图`}
            </p>
          )}
          {flat.length > 0 && (
            <p className="text-[32px] leading-[1.3]">
              <span className="font-bold text-muted">{lang === 'en' ? '＝ Unchanged: ' : '＝ 持平：'}</span>
              {names(flat.map((x) => x.district))}
              {flat.some((x) => x.change.fromDerivedInput) && <span className="text-derived">*</span>}
            </p>
          )}
          {m.unknown.length > 0 && (
            <p className="text-[28px] leading-[1.3] text-missing">
              {t('movers.unknown', { n: m.unknown.length, names: names(m.unknown) })}
            </p>
          )}
          <div className="mt-auto flex flex-col gap-[4px]">
            {m.movers.some((x) => x.from.status === 'derived' || x.to.status === 'derived') && (
              <p className={cn(NOTE_TEXT, 'text-derived')}>{t('board.derivedNote')}</p>
            )}
            <SecondhandNote note={sh.note} />
          </div>
        </div>
      </div>
    </div>
  )
}

/**
 * Previous vs current composite rank, one line per district whose change is known; rank 1 at the
 * top. Districts with an unknown end are left out (and listed as unknown) rather than drawn.
 */
function SlopeChart({
  model,
  ds,
  quarter,
  mark,
}: {
  model: MoversModel
  ds: Dataset
  quarter: QuarterId
  mark: Secondhand['mark']
}) {
  const { t } = useTranslation(['present', 'common'])
  const lang = useLang()
  const n = ds.districts.length
  const W = 900
  const H = 780
  const top = 96
  const step = (H - top - 24) / Math.max(1, n - 1)
  const y = (rank: number) => top + (Math.min(rank, n) - 1) * step
  const xL = 110
  const xR = 470
  return (
    <svg
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t('movers.chartLabel', { from: model.baseline, to: quarter })}
      className="shrink-0"
      data-testid="slope-chart"
    >
      <text x={xL} y={40} textAnchor="middle" fontSize={28} fill="var(--color-muted)">
        {model.baseline}
      </text>
      <text x={xR} y={40} textAnchor="middle" fontSize={28} fill="var(--color-muted)">
        {quarter}
      </text>
      {Array.from({ length: n }, (_, i) => i + 1).map((rank) => (
        <line
          key={rank}
          x1={xL}
          x2={xR}
          y1={y(rank)}
          y2={y(rank)}
          stroke="var(--color-line)"
          strokeWidth={1}
        />
      ))}
      {model.movers.map((x) => {
        const from = figureValue(x.from)
        const to = figureValue(x.to)
        if (from === null || to === null) return null
        const color = districtColor(ds.districts.findIndex((d) => d.id === x.district.id))
        return (
          <g key={x.district.id}>
            <line x1={xL} x2={xR} y1={y(from)} y2={y(to)} stroke={color} strokeWidth={6} />
            {(
              [
                [xL, from, x.from.status],
                [xR, to, x.to.status],
              ] as const
            ).map(([cx, r, status]) => (
              <circle
                key={cx}
                cx={cx}
                cy={y(r)}
                r={12}
                fill={status === 'derived' ? 'var(--color-page)' : color}
                stroke={color}
                strokeWidth={5}
              />
            ))}
            <text x={xL - 28} y={y(from) + 10} textAnchor="end" fontSize={30} fill="var(--color-ink)">
              {from}
              {x.from.status === 'derived' ? '*' : ''}
              {mark(x.from)}
            </text>
            <text x={xR + 28} y={y(to) + 10} fontSize={30} fill="var(--color-ink)">
              {to}
              {x.to.status === 'derived' ? '*' : ''}
              {mark(x.to)} {districtName(x.district, lang)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

// ------------------------------------------------------------------ district card

function DistrictSlide({ ds, quarter, district, timer, sources }: SlideProps & { district: string }) {
  const { t } = useTranslation(['present', 'common'])
  const lang = useLang()
  const card = useMemo(() => districtCardModel(ds, quarter, district), [ds, quarter, district])
  const order = useMemo(() => speakingOrder(ds, quarter), [ds, quarter])
  // Only the district is read by slideFacts for a card; position/of do not change its facts.
  const sh = useSecondhand(
    ds,
    quarter,
    { kind: 'district', district, position: 0, of: 0, rankKnown: false },
    sources,
  )
  if (!card) return null
  const anyDerived =
    [card.rank, card.score, card.totalStars].some((f) => f.status === 'derived') ||
    card.flags.some((f) => f.status === 'derived') ||
    (card.rankChange.kind === 'known' && card.rankChange.fromDerivedInput)
  const name = districtName(card.district, lang)
  const unknownNames = order.districts
    .slice(order.knownCount)
    .map((d) => districtName(d.district, lang))
    .join(lang === 'en' ? ', ' : '、')
  return (
    <div className="flex h-full flex-col gap-[28px]" data-district={card.district.id}>
      <div className="flex items-start justify-between gap-[48px]">
        <div className="flex min-w-0 flex-col gap-[12px]">
          <p className="text-[36px] text-muted">
            {t('card.speaker', { position: card.position, of: card.of })}
          </p>
          <h2 data-testid="card-name" className={cn('font-black leading-[1.1]', nameSize(name, 'big'))}>
            {name}
          </h2>
          <CompositeLine card={card} mark={sh.mark} />
        </div>
        <SpeakerTimer timer={timer} />
      </div>
      <div className="flex flex-wrap items-center gap-[20px] text-[36px]">
        {card.flags.length ? (
          card.flags.map((f) => (
            <FlagChip key={f.flag} flag={f.flag} status={f.status} mark={sh.mark(f.provenance.sources)} />
          ))
        ) : (
          <span className="text-[32px] text-muted">{t('card.noFlags')}</span>
        )}
      </div>
      <SectionTable card={card} mark={sh.mark} />
      <div className="mt-auto flex flex-col gap-[4px]">
        {card.rank.status === 'not-published' && (
          <p className={cn(NOTE_TEXT, 'text-muted')}>{t('card.orderNote', { names: unknownNames })}</p>
        )}
        {anyDerived && <p className={cn(NOTE_TEXT, 'text-derived')}>{t('board.derivedNote')}</p>}
        <SecondhandNote note={sh.note} />
      </div>
    </div>
  )
}

function CompositeLine({ card, mark }: { card: DistrictCardModel; mark: Secondhand['mark'] }) {
  const { t } = useTranslation(['present', 'common'])
  return (
    <p className="flex flex-wrap items-baseline gap-x-[32px] gap-y-[8px] text-[48px] font-bold">
      <span className="text-muted">{t('card.composite')}</span>
      {card.rank.status === 'not-published' ? (
        <span className="text-missing">{t('card.rankUnknown')}</span>
      ) : (
        <Fig figure={card.rank} format={(v) => t('card.rank', { n: v })} mark={mark(card.rank)} />
      )}
      {card.score.status !== 'not-published' && (
        <Fig
          figure={card.score}
          format={(v) => t('card.points', { v: fmtScore(v) })}
          className="tabular"
          mark={mark(card.score)}
        />
      )}
      {card.totalStars.status !== 'not-published' && (
        <Fig
          figure={card.totalStars}
          format={(v) => t('card.totalStars', { n: v })}
          className="text-star"
          mark={mark(card.totalStars)}
        />
      )}
      <Delta change={card.rankChange} className="text-[40px]" />
    </p>
  )
}

function SectionTable({ card, mark }: { card: DistrictCardModel; mark: Secondhand['mark'] }) {
  const { t } = useTranslation(['present', 'common'])
  const lang = useLang()
  if (!card.sections.length) return <p className="text-[36px] text-missing">{t('card.sectionsNone')}</p>
  const cell = 'pr-[24px] align-middle'
  return (
    <table className="w-full table-fixed border-collapse">
      <colgroup>
        <col />
        <col style={{ width: 300 }} />
        <col style={{ width: 200 }} />
        <col style={{ width: 560 }} />
      </colgroup>
      <thead>
        <tr className="border-b-2 border-line text-left text-[28px] text-muted">
          <th scope="col" className={cn(cell, 'pb-[6px] font-normal')}>
            {lang === 'en' ? 'Section' : '板块'}
          </th>
          <th scope="col" className={cn(cell, 'pb-[6px] text-right font-normal')}>
            {t('board.col.score')}
          </th>
          <th scope="col" className={cn(cell, 'pb-[6px] font-normal')}>
            {t('board.col.rank')}
          </th>
          <th scope="col" className="pb-[6px] font-normal">
            {t('board.col.stars')}
          </th>
        </tr>
      </thead>
      <tbody>
        {card.sections.map((s) => (
          <tr key={s.id} data-section={s.id} className="h-[68px] border-b border-line text-[36px]">
            <th scope="row" className={cn(cell, 'whitespace-nowrap text-left font-bold')}>
              {SECTION_NAMES[s.id][lang]}
            </th>
            {s.published ? (
              <>
                <td className={cn(cell, 'text-right tabular')}>
                  <Fig figure={s.score} format={fmtScore} mark={mark(s.score)} />
                  {s.weight !== null && <span className="text-[28px] text-muted"> / {s.weight}</span>}
                </td>
                <td className={cell}>
                  <Fig figure={s.rank} format={(v) => t('card.rank', { n: v })} mark={mark(s.rank)} />
                </td>
                <td className="align-middle">
                  <Stars stars={s.stars} className="text-[32px]" />
                </td>
              </>
            ) : (
              <td colSpan={3} className="align-middle text-missing">
                {t('common:notPublished')}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The visible countdown: amber in the last minute, red and counting up when over; phase also in words. */
export function SpeakerTimer({ timer }: { timer: TimerSnapshot | null }) {
  const { t } = useTranslation(['present', 'common'])
  if (!timer) return null
  const phase = timer.phase
  return (
    <div
      data-testid="speaker-timer"
      data-phase={phase}
      data-running={timer.running}
      role="timer"
      aria-label={t('timer.label')}
      className={cn(
        'flex w-[540px] shrink-0 flex-col items-center rounded-[24px] border-4 px-[24px] py-[16px]',
        phase === 'normal' && 'border-line bg-surface text-ink',
        phase === 'warning' && 'border-[#fbbf24] bg-[#fbbf24] text-[#0b1020]',
        phase === 'over' && 'border-[#b91c1c] bg-[#b91c1c] text-white',
      )}
    >
      <span className="text-[32px] font-bold">
        {t('timer.label')}
        {phase === 'warning' && ` · ${t('timer.warning')}`}
        {phase === 'over' && ` · ${t('timer.over')}`}
      </span>
      <span data-testid="timer-display" className="tabular text-[150px] font-black leading-[1.05]">
        {timer.display}
      </span>
      <span className="text-[28px]">{timer.running ? t('timer.running') : t('timer.paused')}</span>
    </div>
  )
}

// ------------------------------------------------------------------ closing

function ClosingSlide({ ds, quarter, sources }: SlideProps) {
  const { t } = useTranslation(['present', 'common'])
  const lang = useLang()
  const m = useMemo(() => closingModel(ds, quarter), [ds, quarter])
  const sh = useSecondhand(ds, quarter, { kind: 'closing' }, sources)
  if (!m) return null
  const sep = lang === 'en' ? ', ' : '、'
  // Every source a slide of this deck showed a figure from, each on its own line with its publisher
  // (and 二手来源 / 新闻报道 where it is not the committee's notice).
  const sourceLines = m.sources.map((id) => {
    const s = sources.get(id)
    return { id, text: s ? [sourceLabel(s, lang), s.date].filter(Boolean).join(' ') : id }
  })
  const anyDerived =
    m.flags.some((g) => g.winners.some((w) => w.status === 'derived')) ||
    m.leaders.some((l) => l.districts.some((d) => d.rank.status === 'derived'))
  return (
    <div className="flex h-full flex-col">
      <SlideHeading aside={quarterLabel(quarter, lang)}>{t('closing.heading')}</SlideHeading>
      <div className="flex min-h-0 flex-1 gap-[64px]">
        <div className="flex min-w-0 flex-1 flex-col gap-[28px]">
          {m.flags.map((g) => (
            <div key={g.flag} className="flex flex-col gap-[8px]">
              <FlagChip flag={g.flag} status="published" className="self-start text-[36px]" />
              <p className="text-[48px] font-bold leading-[1.2]">
                {g.winners.map((w, i) => (
                  <span key={w.district.id} className={w.status === 'derived' ? 'text-derived' : ''}>
                    {i > 0 && sep}
                    {districtName(w.district, lang)}
                    {w.status === 'derived' && '*'}
                    {sh.mark(w.sources)}
                  </span>
                ))}
              </p>
            </div>
          ))}
          {m.leaders.length > 0 && (
            <div className="flex flex-col gap-[8px]">
              <h3 className="text-[32px] text-muted">{t('closing.leaders')}</h3>
              <ul className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-[32px] gap-y-[6px] text-[40px]">
                {m.leaders.map((l) => (
                  <li key={l.section} className="contents">
                    <span className="text-muted">{SECTION_NAMES[l.section][lang]}</span>
                    <span className="font-bold">
                      {l.districts
                        .map(
                          (d) =>
                            `${districtName(d.district, lang)}${d.rank.status === 'derived' ? '*' : ''}${sh.mark(d.rank)}`,
                        )
                        .join(sep)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <div className="flex w-[720px] shrink-0 flex-col gap-[16px]">
          <h3 className="text-[32px] text-muted">{t('closing.notPublished')}</h3>
          {m.notPublished.length === 0 ? (
            <p className="text-[36px]">{t('closing.allPublished')}</p>
          ) : (
            <ul className="flex flex-col gap-[10px] text-[36px] text-missing">
              {m.notPublished.map((x) => (
                <li key={x.section} data-section={x.section}>
                  {x.published === 0 && x.derived === 0
                    ? t('closing.missing', { section: SECTION_NAMES[x.section][lang] })
                    : x.derived > 0
                      ? t('closing.partialDerived', {
                          section: SECTION_NAMES[x.section][lang],
                          n: x.published,
                          d: x.derived,
                          total: x.total,
                        })
                      : t('closing.partial', {
                          section: SECTION_NAMES[x.section][lang],
                          n: x.published,
                          total: x.total,
                        })}
                </li>
              ))}
            </ul>
          )}
          {anyDerived && <p className={cn(NOTE_TEXT, 'text-derived')}>{t('board.derivedNote')}</p>}
          <SecondhandNote note={sh.note} />
          {sourceLines.length > 0 && (
            <div data-testid="closing-sources" className={cn(NOTE_TEXT, 'mt-auto flex flex-col text-muted')}>
              <h3 className="font-bold">{t('closing.sources')}</h3>
              <ul className="flex flex-col gap-[4px]">
                {sourceLines.map((s) => (
                  <li key={s.id} className="[text-wrap:balance]">
                    {s.text}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </div>
  )
}

/** Short label of a slide for the chrome and screen readers. Example: board economy → "经济运行". */
export function slideLabel(view: SlideView, ds: Dataset | null, t: TFunction<'present'>, lang: Lang): string {
  switch (view.kind) {
    case 'board':
      return SECTION_NAMES[view.section][lang]
    case 'district': {
      const d = ds?.districts.find((x) => x.id === view.district)
      return `${t('kind.district', { position: view.position, of: view.of })} · ${d ? districtName(d, lang) : view.district}`
    }
    default:
      return t(`kind.${view.kind}`)
  }
}
