/**
 * The bump chart (recharts). Loaded lazily by the movement route, so recharts is only fetched when
 * this view opens and never by the rankings first view. It draws what chart-data.ts prepared:
 * solid lines between published figures, dashed runs touching derived ones, filled/hollow points,
 * gaps where a quarter has nothing, and district names at line ends.
 */
import { Fragment, useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import {
  CartesianGrid,
  DefaultZIndexes,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  type TooltipContentProps,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts'
import { ChangeMark } from '../../components/change-mark'
import { useRuleText } from '../../components/status-mark'
import type { Lang } from '../../domain/model/ids'
import type { QuarterId } from '../../domain/model/quarter'
import { cn } from '../../lib/cn'
import { districtName, useFormat, useLang } from '../../lib/format'
import { districtColor, tokens } from '../../lib/theme'
import { useTranslation } from '../../lib/use-translation'
import {
  type BumpData,
  lineEmphasis,
  prepareBumpData,
  quarterSnapshot,
  shortNameEn,
  spreadLabels,
  weightBreaks,
} from './model/chart-data'
import type { MovementSeries } from './model/movement-series'
import type { MovementMetric } from './model/url'

export type BumpChartProps = {
  series: MovementSeries
  metric: MovementMetric
  selected: string[]
  active: string | null
  onActive: (id: string | null) => void
  yLabel: string
  projection: boolean
  ariaLabel: string
}

/**
 * Colours are the theme's CSS variables (`var(--color-…)`, the same tokens as Tailwind), written
 * straight into SVG attributes: Chromium resolves var() there, so the chart follows the theme
 * (projection included) with no computed-style reader, and the legend can't drift.
 */
const palette = {
  ink: tokens.ink,
  muted: tokens.muted,
  line: tokens.line,
  surface: tokens.surface,
}

/** How wide a label is in em: CJK glyphs are about one em, Latin letters about 0.62. */
function labelEms(text: string): number {
  let ems = 0
  for (const ch of text) ems += /[\u3400-\u9fff]/.test(ch) ? 1 : 0.62
  return ems
}

/** The name an end label shows: the Chinese name, or the English one without its bracketed note. */
function chartName(district: { name: string; nameEn: string }, lang: Lang): string {
  return shortNameEn(districtName(district, lang))
}

/** Key of the invisible line that anchors the y axis (see `rows` in BumpChart). */
const AXIS_ANCHOR = '__axis'

/**
 * Vertical distance between two end labels, in font sizes: a CJK glyph is a full em tall and the
 * labels carry a 4 px halo, so 1.15 em let 崂山区 and 即墨区 (86.53 and 86.17) touch. Tested in the
 * browser by the labels' bounding boxes.
 */
const LABEL_GAP_EM = 1.4
/** The room a leader line takes between a line's end and its label, in font sizes. */
const LEADER_EM = 0.9

const OPACITY = { highlight: 1, normal: 0.9, dim: 0.18 } as const
const WIDTH = { highlight: 4.5, normal: 2.5, dim: 2 } as const

export default function BumpChart({
  series,
  metric,
  selected,
  active,
  onActive,
  yLabel,
  projection,
  ariaLabel,
}: BumpChartProps) {
  const { t } = useTranslation(['movement', 'common'])
  const f = useFormat()
  const data = useMemo(() => prepareBumpData(series, metric), [series, metric])
  // The anchor line carries the two ends of the y domain (first and last row), so recharts always
  // has numbers to scale the axis by, even when every drawn value is an isolated point.
  const rows = useMemo(
    () =>
      data.rows.map((r, i, all) => ({
        ...r,
        [AXIS_ANCHOR]: i === 0 ? data.yDomain[0] : i === all.length - 1 ? data.yDomain[1] : null,
      })),
    [data],
  )
  // Axis marks: "*" a quarter without a data file, "!" one whose file has an error (ChartKey explains).
  const axisMark = useMemo(() => {
    const m = new Map<QuarterId, string>()
    for (const g of series.gaps) {
      if (g.reason === 'no-file') m.set(g.quarter, '*')
      else if (g.reason === 'invalid') m.set(g.quarter, '!')
    }
    return m
  }, [series])
  const font = projection ? 22 : 13
  const height = projection ? 560 : 440
  const labelWidth =
    Math.max(...data.endLabels.map((l) => labelEms(chartName(l.district, f.lang)) * font), 40) +
    24 +
    LEADER_EM * font

  // It opens scrolled to the newest quarter, the one people came for (again when the range changes).
  const scroller = useRef<HTMLDivElement>(null)
  const newest = series.quarters.at(-1)
  useLayoutEffect(() => {
    const el = scroller.current
    if (el && newest && el.scrollWidth > el.clientWidth) el.scrollLeft = el.scrollWidth
  }, [newest])

  return (
    // On a phone twelve quarters don't fit: the chart keeps a readable width and scrolls sideways,
    // and a copy of the y axis stays at the left edge once it is scrolled (StickyYAxis).
    <div ref={scroller} data-testid="bump-chart-scroll" className="relative overflow-x-auto">
      <figure
        data-testid="bump-chart"
        aria-label={ariaLabel}
        // Room for the quarter labels (about 4.5 em each) plus the line-end labels.
        style={{ height, minWidth: Math.max(300, series.quarters.length * font * 4.5 + labelWidth) }}
        className="m-0 w-full"
      >
        <LineChart
          data={rows}
          responsive
          style={{ width: '100%', height: '100%' }}
          margin={{ top: font, right: labelWidth, bottom: 4, left: 4 }}
          // recharts' accessibility layer makes the svg a tab stop (role="application") whose arrow
          // keys step the tooltip through the quarters; it needs a name saying so.
          accessibilityLayer
          aria-label={`${ariaLabel} ${t('chartKeys')}`}
          onMouseLeave={() => onActive(null)}
        >
          <CartesianGrid stroke={palette.line} strokeDasharray="2 4" vertical={false} />
          <XAxis
            dataKey="quarter"
            interval={0}
            padding={{ left: font * 1.5, right: font }}
            tick={{ fill: palette.ink, fontSize: font }}
            tickFormatter={(q: QuarterId) => `${q}${axisMark.get(q) ?? ''}`}
            stroke={palette.muted}
            height={font * 2.2}
          />
          <YAxis
            reversed={metric === 'rank'}
            padding={{ top: font * 0.8, bottom: font * 0.8 }}
            domain={data.yDomain}
            ticks={data.yTicks}
            allowDecimals={metric !== 'rank'}
            interval={0}
            tick={{ fill: palette.ink, fontSize: font }}
            stroke={palette.muted}
            width={font * 4.2}
            label={{
              value: yLabel,
              angle: -90,
              position: 'insideLeft',
              fill: palette.muted,
              fontSize: font,
              dx: 0,
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            isAnimationActive={false}
            cursor={{ stroke: palette.muted, strokeDasharray: '3 3' }}
            content={(props) => (
              <ChartTooltip
                open={props.active}
                label={props.label}
                series={series}
                metric={metric}
                focused={active}
                selected={selected}
                projection={projection}
              />
            )}
          />
          {metric === 'score' &&
            weightBreaks(series.weights).map((b) => (
              <ReferenceLine
                key={`w-${b.quarter}`}
                x={b.quarter}
                stroke={palette.muted}
                strokeDasharray="4 4"
                label={{
                  value: t('axis.weightChange', { from: b.from, to: b.to }),
                  position: 'insideTopRight',
                  fill: palette.muted,
                  fontSize: font * 0.9,
                }}
              />
            ))}
          {/* Anchors the axes: with only isolated points (e.g. real 2022Q2 economy scores) there is
            no line with values, and recharts then computes no scale. Draws nothing. */}
          <Line
            dataKey={AXIS_ANCHOR}
            stroke="none"
            dot={false}
            activeDot={false}
            legendType="none"
            tooltipType="none"
            isAnimationActive={false}
          />
          {data.lines.map((l) => {
            const e = lineEmphasis(l.districtId, active, selected)
            return (
              <Line
                key={l.key}
                dataKey={l.key}
                name={l.districtId}
                type="linear"
                stroke={districtColor(l.colorIndex)}
                strokeWidth={WIDTH[e] * (projection ? 1.4 : 1)}
                strokeOpacity={OPACITY[e]}
                strokeDasharray={l.dashed ? '7 6' : undefined}
                connectNulls={false}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
                onMouseEnter={() => onActive(l.districtId)}
              />
            )
          })}
          <PointsAndLabels data={data} active={active} selected={selected} onActive={onActive} font={font} />
          <StickyYAxis ticks={data.yTicks} font={font} label={yLabel} />
        </LineChart>
      </figure>
    </div>
  )
}

/**
 * A copy of the y axis (its ticks, its name and an opaque ground) drawn above the lines and points, for
 * a chart scrolled sideways on a phone: without it, the newest quarters it opens on show lines and no
 * scale. Hidden from assistive technology (the real axis and the tables carry the values), and left out
 * of the saved image and of print, which show the whole chart with its real axis.
 */
function StickyYAxis({ ticks, font, label }: { ticks: number[] | undefined; font: number; label: string }) {
  const y = useYAxisScale()
  const plot = usePlotArea()
  // It follows the scroller's left edge, and shows only while the real axis (at the chart's left end)
  // is scrolled out of view. Direct style writes: a scroll must not re-render the chart. A ref callback,
  // because recharts mounts the group later than this component renders (in its z-index layer).
  const follow = useCallback((axis: SVGGElement | null) => {
    const scroller = axis?.closest<HTMLElement>('[data-testid=bump-chart-scroll]')
    if (!axis || !scroller) return
    const place = () => {
      axis.style.transform = `translateX(${scroller.scrollLeft}px)`
      axis.style.visibility = scroller.scrollLeft > 0 ? 'visible' : 'hidden'
    }
    place()
    scroller.addEventListener('scroll', place, { passive: true })
    return () => scroller.removeEventListener('scroll', place)
  }, [])
  if (!y || !plot || !ticks) return null
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter + 100}>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an svg <g> takes no focus; this copy repeats the real axis */}
      <g
        ref={follow}
        data-sticky-axis=""
        data-no-image=""
        className="no-print"
        aria-hidden="true"
        visibility="hidden"
      >
        <rect x={0} y={0} width={plot.x} height={plot.y + plot.height + 1} fill={palette.surface} />
        <line x1={plot.x} x2={plot.x} y1={plot.y} y2={plot.y + plot.height} stroke={palette.muted} />
        {ticks.map((v) => {
          const Y = y(v)
          return Y === undefined ? null : (
            <text
              key={v}
              x={plot.x - 8}
              y={Y}
              textAnchor="end"
              dominantBaseline="central"
              fontSize={font}
              fill={palette.ink}
            >
              {v}
            </text>
          )
        })}
        <text
          transform={`translate(${font * 0.9},${plot.y + plot.height / 2}) rotate(-90)`}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={font}
          fill={palette.muted}
        >
          {label}
        </text>
      </g>
    </ZIndexLayer>
  )
}

/**
 * Points (filled = published, hollow = derived), wide invisible hover targets along each line, and
 * the line-end labels spread so they never overlap. Rendered inside the chart with recharts' scale
 * hooks, so positions match the axes exactly.
 */
function PointsAndLabels({
  data,
  active,
  selected,
  onActive,
  font,
}: {
  data: BumpData
  active: string | null
  selected: string[]
  onActive: (id: string | null) => void
  font: number
}) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  const plot = usePlotArea()
  if (!x || !y || !plot) return null
  const px = (q: QuarterId) => x(q, { position: 'middle' })
  const r = font * 0.38

  // Hover targets: one path per district, a new subpath after every gap (M), so no gap is bridged.
  const paths = new Map<string, string>()
  const quarters = data.rows.map((row) => row.quarter)
  const lastIndex = new Map<string, number>()
  for (const m of data.markers) {
    const i = quarters.indexOf(m.quarter)
    const X = px(m.quarter)
    const Y = y(m.value)
    if (X === undefined || Y === undefined) continue
    const joined = lastIndex.get(m.districtId) === i - 1
    paths.set(m.districtId, `${paths.get(m.districtId) ?? ''}${joined ? 'L' : 'M'}${X},${Y}`)
    lastIndex.set(m.districtId, i)
  }

  // End labels: grouped by the quarter they sit at, spread vertically within each group.
  const groups = new Map<string, { id: string; y: number }[]>()
  for (const l of data.endLabels) {
    const Y = y(l.value)
    if (Y === undefined) continue
    groups.set(l.quarter, [...(groups.get(l.quarter) ?? []), { id: l.districtId, y: Y }])
  }
  const labelY = new Map<string, number>()
  const pointY = new Map<string, number>()
  for (const items of groups.values()) {
    for (const item of items) pointY.set(item.id, item.y)
    for (const [id, v] of spreadLabels(items, font * LABEL_GAP_EM, plot.y, plot.y + plot.height))
      labelY.set(id, v)
  }
  // A label moved off its line's end gets a leader line back to it; then every label stands a little
  // further right, so the labels stay in one column and the leaders have room.
  const moved = (id: string) => Math.abs((labelY.get(id) ?? 0) - (pointY.get(id) ?? 0)) > 1
  const leaderRoom = data.endLabels.some((l) => moved(l.districtId)) ? LEADER_EM * font : 0

  return (
    // Above the lines (recharts draws them in its own z-layer), so points sit on top and take hovers.
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="bump-overlay">
        {[...paths].map(([id, d]) => (
          // biome-ignore lint/a11y/noStaticElementInteractions: pointer convenience; keyboard users use the district buttons
          <path
            key={`hit-${id}`}
            d={d}
            stroke="transparent"
            strokeWidth={font * 1.2}
            fill="none"
            pointerEvents="stroke"
            onMouseEnter={() => onActive(id)}
            data-hit={id}
          />
        ))}
        {data.markers.map((m) => {
          const X = px(m.quarter)
          const Y = y(m.value)
          if (X === undefined || Y === undefined) return null
          const e = lineEmphasis(m.districtId, active, selected)
          const color = districtColor(m.colorIndex)
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: pointer convenience; keyboard users use the district buttons
            <circle
              key={`${m.districtId}-${m.quarter}`}
              cx={X}
              cy={Y}
              r={e === 'highlight' ? r * 1.3 : r}
              fill={m.status === 'derived' ? palette.surface : color}
              stroke={color}
              strokeWidth={m.status === 'derived' ? 2.5 : 1}
              opacity={OPACITY[e]}
              data-point={`${m.districtId}@${m.quarter}`}
              data-status={m.status}
              onMouseEnter={() => onActive(m.districtId)}
            />
          )
        })}
        {data.endLabels.map((l) => {
          const X = px(l.quarter)
          const Y = labelY.get(l.districtId)
          if (X === undefined || Y === undefined) return null
          const e = lineEmphasis(l.districtId, active, selected)
          const from = pointY.get(l.districtId) ?? Y
          return (
            <g key={`label-${l.districtId}`}>
              {moved(l.districtId) && (
                <path
                  d={`M${X + r + 2},${from}L${X + r + leaderRoom},${Y}h4`}
                  stroke={districtColor(l.colorIndex)}
                  strokeWidth={1}
                  fill="none"
                  opacity={e === 'dim' ? 0.45 : 0.8}
                  data-leader={l.districtId}
                />
              )}
              {/* biome-ignore lint/a11y/noStaticElementInteractions: pointer convenience; keyboard users use the district buttons */}
              <text
                x={X + r + 6 + leaderRoom}
                y={Y}
                dominantBaseline="central"
                fontSize={font}
                fontWeight={e === 'highlight' ? 700 : 500}
                fill={districtColor(l.colorIndex)}
                opacity={e === 'dim' ? 0.45 : 1}
                stroke={palette.surface}
                strokeWidth={4}
                paintOrder="stroke"
                data-end-label={l.districtId}
                onMouseEnter={() => onActive(l.districtId)}
              >
                <LabelName district={l.district} />
              </text>
            </g>
          )
        })}
      </g>
    </ZIndexLayer>
  )
}

function LabelName({ district }: { district: { name: string; nameEn: string } }) {
  const lang = useLang()
  return <>{chartName(district, lang)}</>
}

function ChartTooltip({
  open,
  label,
  series,
  metric,
  focused,
  selected,
  projection,
}: {
  open: boolean
  label: TooltipContentProps['label']
  series: MovementSeries
  metric: MovementMetric
  focused: string | null
  selected: string[]
  projection: boolean
}) {
  const { t } = useTranslation(['movement', 'common'])
  const f = useFormat()
  const ruleText = useRuleText()
  if (!open || typeof label !== 'string') return null
  const quarter = label as QuarterId
  const gap = series.gaps.find((g) => g.quarter === quarter)
  const all = quarterSnapshot(series, quarter, metric)
  // Focus the hovered district, else the selection, else everyone.
  const focus = focused ? [focused] : selected
  const rows = focus.length ? all.filter((r) => focus.includes(r.district.id)) : all
  return (
    <div
      data-testid="chart-tooltip"
      className={cn(
        'max-w-md rounded border border-line bg-surface px-3 py-2 text-ink shadow-lg',
        projection ? 'text-base' : 'text-sm',
      )}
    >
      <p className="mb-1 font-bold">
        {quarter}
        {gap && <span className="ml-2 font-normal text-missing">{t(`gap.${gap.reason}`)}</span>}
      </p>
      <table className="border-collapse">
        <tbody>
          {rows.map(({ district, colorIndex, point }) => {
            const derived = [point.rank, point.score].find((f) => f.status === 'derived')
            return (
              <Fragment key={district.id}>
                <tr className="align-baseline">
                  <th scope="row" className="pr-2 text-left font-semibold whitespace-nowrap">
                    <span aria-hidden="true" style={{ color: districtColor(colorIndex) }}>
                      ●{' '}
                    </span>
                    {f.district(district)}
                  </th>
                  <td
                    className={cn(
                      'pr-2 tabular whitespace-nowrap',
                      point.rank.status === 'derived' && 'text-derived',
                    )}
                  >
                    {point.rank.status === 'not-published'
                      ? `${t('tooltip.rankLabel')} ${t('common:notPublished')}`
                      : t('tooltip.rank', { n: point.rank.value })}
                    {point.rank.status === 'derived' &&
                      t('common:paren', { text: t('common:status.derived') })}
                  </td>
                  <td
                    className={cn(
                      'pr-2 tabular whitespace-nowrap',
                      point.score.status === 'derived' && 'text-derived',
                    )}
                  >
                    {point.score.status === 'not-published'
                      ? `${t('tooltip.scoreLabel')} ${t('common:notPublished')}`
                      : t('tooltip.score', { v: f.score(point.score.value) })}
                  </td>
                  <td className="whitespace-nowrap">
                    <ChangeMark
                      change={metric === 'rank' ? point.rankChange : point.scoreChange}
                      unit={metric}
                    />
                  </td>
                  {/* With few rows there is room for the other change too (rank and score). */}
                  {rows.length <= 3 && (
                    <td className="pl-2 whitespace-nowrap">
                      <ChangeMark
                        change={metric === 'rank' ? point.scoreChange : point.rankChange}
                        unit={metric === 'rank' ? 'score' : 'rank'}
                      />
                    </td>
                  )}
                </tr>
                {derived?.status === 'derived' && rows.length <= 3 && (
                  <tr>
                    <td colSpan={5} className="pb-1 text-xs text-derived">
                      ◐ {t('tooltip.rule', { rule: ruleText(derived) })}
                      {t('common:colon')}
                      <span lang="zh">{derived.inputs.join('; ')}</span>
                    </td>
                  </tr>
                )}
              </Fragment>
            )
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="text-missing">{t('tooltip.none')}</p>}
    </div>
  )
}
