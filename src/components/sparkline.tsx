/**
 * A small rank chart drawn by hand in SVG (a few hundred bytes instead of a chart library in the
 * district chunk). Conventions from GUIDE.md: rank 1 at the top, a gap where a quarter is not
 * published (lines never bridge a missing quarter), derived points drawn hollow and segments
 * touching them dashed (dashes mean "derived" everywhere in the app), the last known value
 * labelled. A second series is told apart by colour and square markers, never by dashes.
 * Colours are theme tokens, so the projection theme and print restyle it.
 */
import { type Segment, segments } from '../domain/tables/segments'
import { tokens } from '../lib/theme'

export type SparkPoint = { value: number | null; derived?: boolean }
export type SparkSeries = {
  id: string
  color?: string
  points: SparkPoint[]
  /** Marker shape: a second district in a comparison uses squares (dashes are reserved for derived). */
  marker?: 'circle' | 'square'
}

/**
 * Text sizes in viewBox units. The chart is scaled to its box, whose maximum width is in rem, so
 * text follows the theme: about 1.5× on a desktop card (15 px), 2× or more in the projection theme
 * (its root font is 150 % at 1920 px, ≥ 20 px), about 1.05× in a phone's two-column grid (≥ 10 px).
 * Measured on screen in tests/e2e/districts.e2e.ts.
 */
const SPARK_FONT = { axis: 10, value: 11 } as const

/**
 * The shared segment rule (domain/tables/segments.ts) over spark points.
 * Example: [1, 2 (derived), 3, null, 4] → [{i:0,dashed:true}, {i:1,dashed:true}]
 */
export function sparkSegments(points: readonly SparkPoint[]): Segment[] {
  return segments(points.map((p) => ({ known: p.value !== null, derived: Boolean(p.derived) })))
}

/** Splits a series into runs of consecutive known points. Example: [1, null, 2, 3] → [[0], [2, 3]] */
export function knownRuns(points: readonly SparkPoint[]): number[][] {
  const runs: number[][] = []
  let run: number[] = []
  points.forEach((p, i) => {
    if (p.value === null) {
      if (run.length) runs.push(run)
      run = []
    } else run.push(i)
  })
  if (run.length) runs.push(run)
  return runs
}

export function RankSparkline({
  series,
  maxRank,
  label,
  width = 160,
  height = 56,
  startLabel,
  endLabel,
  emptyLabel,
  className,
}: {
  series: SparkSeries[]
  /** The bottom of the scale (number of districts). */
  maxRank: number
  /** What a screen reader hears: the values in words. */
  label: string
  width?: number
  height?: number
  startLabel?: string
  endLabel?: string
  /** Said inside the chart when no series has a single known point (e.g. "未公布"). */
  emptyLabel?: string
  className?: string
}) {
  // Room for the rank labels ("10" is about 11 units wide) and a gap before the first point's marker.
  const padL = 22
  // Room for one end label per series ("10" is about 14 units wide at SPARK_FONT.value).
  const padR = 8 + 16 * Math.max(1, series.length)
  const padY = 5
  const axisH = startLabel || endLabel ? SPARK_FONT.axis + 3 : 0
  const plotH = height - padY * 2 - axisH
  const n = Math.max(...series.map((s) => s.points.length), 1)
  const x = (i: number) =>
    n === 1 ? padL + (width - padL - padR) / 2 : padL + (i * (width - padL - padR)) / (n - 1)
  const y = (rank: number) =>
    padY + (maxRank <= 1 ? 0 : ((Math.min(rank, maxRank) - 1) * plotH) / (maxRank - 1))
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      className={className}
      // Fills its box; the viewBox keeps the proportions (and the text size relative to the chart).
      style={{ overflow: 'visible', width: '100%', maxWidth: '15rem', height: 'auto', display: 'block' }}
    >
      <title>{label}</title>
      {/* Guides at rank 1 and the last rank, labelled, so the scale reads without an axis. */}
      {[1, maxRank].map((r) => (
        <g key={r}>
          <line x1={padL} x2={width - padR} y1={y(r)} y2={y(r)} stroke={tokens.line} strokeWidth={1} />
          <text
            x={padL - 5}
            y={y(r) + SPARK_FONT.axis * 0.35}
            textAnchor="end"
            fontSize={SPARK_FONT.axis}
            fill={tokens.muted}
          >
            {r}
          </text>
        </g>
      ))}
      {startLabel && (
        <text x={padL} y={height - 1} fontSize={SPARK_FONT.axis} fill={tokens.muted}>
          {startLabel}
        </text>
      )}
      {endLabel && (
        <text x={width - padR} y={height - 1} fontSize={SPARK_FONT.axis} textAnchor="end" fill={tokens.muted}>
          {endLabel}
        </text>
      )}
      {emptyLabel && series.every((s) => s.points.every((p) => p.value === null)) && (
        <text
          x={(padL + width - padR) / 2}
          y={padY + plotH / 2 + SPARK_FONT.value * 0.35}
          textAnchor="middle"
          fontSize={SPARK_FONT.value}
          fill={tokens.muted}
        >
          {emptyLabel}
        </text>
      )}
      {series.map((s, si) => {
        const color = s.color ?? tokens.ink
        const runs = knownRuns(s.points)
        const lastIdx = runs.at(-1)?.at(-1)
        const last = lastIdx === undefined ? undefined : s.points[lastIdx]
        const r = 2.8
        return (
          <g key={s.id} data-series={s.id} data-marker={s.marker ?? 'circle'}>
            {sparkSegments(s.points).map(({ i, dashed }) => (
              <line
                key={i}
                x1={x(i)}
                y1={y(s.points[i]?.value ?? 1)}
                x2={x(i + 1)}
                y2={y(s.points[i + 1]?.value ?? 1)}
                stroke={color}
                strokeWidth={2}
                strokeDasharray={dashed ? '4 2' : undefined}
                strokeLinecap="round"
                data-dashed={dashed || undefined}
              />
            ))}
            {s.points.map((p, i) => {
              if (p.value === null) return null
              const common = {
                fill: p.derived ? tokens.surface : color,
                stroke: color,
                strokeWidth: 1.5,
                'data-derived': p.derived || undefined,
              }
              return s.marker === 'square' ? (
                <rect
                  // biome-ignore lint/suspicious/noArrayIndexKey: a point is its quarter's position
                  key={i}
                  x={x(i) - r}
                  y={y(p.value) - r}
                  width={r * 2}
                  height={r * 2}
                  {...common}
                />
              ) : (
                <circle
                  // biome-ignore lint/suspicious/noArrayIndexKey: a point is its quarter's position
                  key={i}
                  cx={x(i)}
                  cy={y(p.value)}
                  r={r}
                  {...common}
                />
              )
            })}
            {last && lastIdx !== undefined && last.value !== null && (
              <text
                x={x(lastIdx) + 5 + si * 16}
                y={y(last.value) + SPARK_FONT.value * 0.35}
                fontSize={SPARK_FONT.value}
                fontWeight={700}
                fill={color}
              >
                {last.value}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
}

/**
 * Score against the maximum as a bar, with ticks for the best and the median district, so
 * "52.43 / 60, best 54.96, median 50.05" is also seen. Decorative: the numbers are in the text next to it.
 */
export function ScoreBar({
  score,
  weight,
  best,
  median,
  width = 120,
  height = 12,
}: {
  score: number | null
  weight: number
  best: number | null
  median: number | null
  width?: number
  height?: number
}) {
  const sx = (v: number) => Math.max(1, Math.min(width - 1, (v / weight) * width))
  // Ticks stand above and below a thinner bar, with a halo, so they stay visible on the bar in
  // any theme and in black-and-white print.
  const tick = (v: number, dash?: string) => (
    <>
      <line x1={sx(v)} x2={sx(v)} y1={0} y2={height} stroke={tokens.surface} strokeWidth={4} />
      <line
        x1={sx(v)}
        x2={sx(v)}
        y1={0}
        y2={height}
        stroke={tokens.ink}
        strokeWidth={2}
        strokeDasharray={dash}
      />
    </>
  )
  return (
    <svg
      aria-hidden="true"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="shrink-0"
    >
      <rect x={0} y={3} width={width} height={height - 6} fill={tokens.line} />
      {score !== null && <rect x={0} y={3} width={sx(score)} height={height - 6} fill={tokens.accent} />}
      {median !== null && tick(median, '3 2')}
      {best !== null && tick(best)}
    </svg>
  )
}
