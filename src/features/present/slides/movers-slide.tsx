import { useMemo } from 'react'
import { ChangeMark } from '../../../components/change-mark'
import type { Dataset } from '../../../domain/model/dataset'
import type { Figure } from '../../../domain/model/figure'
import type { QuarterId } from '../../../domain/model/quarter'
import { moverChange } from '../../../domain/tables/movers'
import { useFormat } from '../../../lib/format'
import { districtColor } from '../../../lib/theme'
import { useTranslation } from '../../../lib/use-translation'
import { type DeckMover, type MoversModel, moversModel, slideFacts } from '../model/deck'
import {
  DerivedNote,
  type Secondhand,
  SecondhandNote,
  SlideHeading,
  type SlideProps,
  StageFigure,
  useSecondhand,
} from './slide-parts'

/** Composite rank changes vs the previous quarter: a slope chart and the biggest changes in words. */
export function MoversSlide({ ds, quarter, sources }: SlideProps) {
  const { t } = useTranslation(['present', 'common'])
  const f = useFormat()
  const m = useMemo(() => moversModel(ds, quarter), [ds, quarter])
  const facts = useMemo(() => slideFacts(ds, quarter, { kind: 'movers' }), [ds, quarter])
  const sh = useSecondhand(facts, sources)
  if (!m) return null
  const rankN = (v: number) => t('movers.rankN', { n: f.number(v) })
  const how = (x: DeckMover) =>
    x.status === 'published'
      ? t('common:change.stated')
      : x.fromDerivedInput
        ? t('common:change.fromDerived')
        : t('common:change.computed')
  return (
    <div className="flex h-full flex-col">
      <SlideHeading>{t('movers.heading', { q: f.quarter(m.baseline) })}</SlideHeading>
      <div className="flex min-h-0 flex-1 gap-[48px]">
        <SlopeChart model={m} ds={ds} quarter={quarter} mark={sh.mark} />
        <div className="flex min-w-0 flex-1 flex-col gap-[20px]">
          <ul className="flex flex-col gap-[18px]">
            {m.brief.map((x) => (
              <li key={x.district.id} className="flex flex-col">
                <span className="flex items-baseline gap-[20px] text-[44px] font-bold leading-[1.15]">
                  <ChangeMark change={moverChange(x, m.baseline)} of={quarter} size="stage" />
                  <span>{f.district(x.district)}</span>
                </span>
                <span className="text-[28px] text-muted">
                  <StageFigure figure={x.fromRank} format={rankN} mark={sh.mark(x.fromRank)} /> →{' '}
                  <StageFigure figure={x.toRank} format={rankN} mark={sh.mark(x.toRank)} /> · {how(x)}
                </span>
              </li>
            ))}
          </ul>
          {m.moreChanged > 0 && (
            <p className="text-[28px] text-muted">{t('movers.more', { n: f.number(m.moreChanged) })}</p>
          )}
          {m.unchanged.length > 0 && (
            <p className="text-[32px] leading-[1.3]">
              <span className="font-bold text-muted">{t('movers.unchanged')}</span>
              {f.list(m.unchanged.map((x) => f.district(x.district)))}
              {m.unchanged.some((x) => x.fromDerivedInput) && <span className="text-derived">*</span>}
            </p>
          )}
          {m.unknown.length > 0 && (
            <p className="text-[28px] leading-[1.3] text-missing">
              {t('movers.unknown', {
                n: f.number(m.unknown.length),
                names: f.list(m.unknown.map((d) => f.district(d))),
              })}
            </p>
          )}
          <div className="mt-auto flex flex-col gap-[4px]">
            {m.movers.some((x) => x.fromRank.status === 'derived' || x.toRank.status === 'derived') && (
              <DerivedNote />
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
  const f = useFormat()
  const n = ds.districts.length
  const W = 900
  const H = 780
  const top = 96
  const step = (H - top - 24) / Math.max(1, n - 1)
  const y = (rank: number) => top + (Math.min(rank, n) - 1) * step
  const xL = 110
  const xR = 470
  /** "7*†": the rank, "*" when derived, "†" when second-hand. */
  const label = (rank: number, figure: Figure<number>) =>
    `${f.number(rank)}${figure.status === 'derived' ? '*' : ''}${mark(figure)}`
  return (
    <svg
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t('movers.chartLabel', { from: f.quarter(model.baseline), to: f.quarter(quarter) })}
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
        const { from, to } = x
        if (from === null || to === null) return null
        const color = districtColor(x.fileOrder)
        return (
          <g key={x.district.id}>
            <line x1={xL} x2={xR} y1={y(from)} y2={y(to)} stroke={color} strokeWidth={6} />
            {(
              [
                [xL, from, x.fromRank.status],
                [xR, to, x.toRank.status],
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
              {label(from, x.fromRank)}
            </text>
            <text x={xR + 28} y={y(to) + 10} fontSize={30} fill="var(--color-ink)">
              {label(to, x.toRank)} {f.district(x.district)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
