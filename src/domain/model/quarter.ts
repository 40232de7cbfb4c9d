/**
 * Quarter ids are strings like "2022Q2": sortable as text, readable in URLs and file names.
 */
export type QuarterId = `${number}Q${1 | 2 | 3 | 4}`

export const QUARTER_RE = /^(\d{4})Q([1-4])$/

export function isQuarterId(value: string): value is QuarterId {
  return QUARTER_RE.test(value)
}

/** Example: parseQuarter("2022Q2") → { year: 2022, q: 2 } */
export function parseQuarter(id: QuarterId): { year: number; q: 1 | 2 | 3 | 4 } {
  const m = QUARTER_RE.exec(id)
  if (!m) throw new Error(`not a quarter id: ${id}`)
  return { year: Number(m[1]), q: Number(m[2]) as 1 | 2 | 3 | 4 }
}

/** Example: previousQuarter("2023Q1") → "2022Q4" (the calendar predecessor, published or not). */
export function previousQuarter(id: QuarterId): QuarterId {
  const { year, q } = parseQuarter(id)
  return (q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`) as QuarterId
}

/** Example: nextQuarter("2022Q4") → "2023Q1" */
export function nextQuarter(id: QuarterId): QuarterId {
  const { year, q } = parseQuarter(id)
  return (q === 4 ? `${year + 1}Q1` : `${year}Q${q + 1}`) as QuarterId
}

/** Inclusive calendar range. Example: quarterRange("2022Q3", "2023Q1") → ["2022Q3","2022Q4","2023Q1"] */
export function quarterRange(from: QuarterId, to: QuarterId): QuarterId[] {
  const out: QuarterId[] = []
  if (compareQuarters(from, to) > 0) return out
  for (let q = from; ; q = nextQuarter(q)) {
    out.push(q)
    if (q === to) break
  }
  return out
}

export function compareQuarters(a: QuarterId, b: QuarterId): number {
  return a < b ? -1 : a > b ? 1 : 0
}
