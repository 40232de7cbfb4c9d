/**
 * Rules across quarter files, checked where the dataset is assembled (use-dataset.ts), because a file on
 * its own cannot see them: a movement statement ("较一季度上升2个位次") must agree with the ranks both
 * quarters publish themselves. The quarter that states the movement is the one rejected, named with the
 * field. Zod-free and small on purpose: it runs on every load, also for the build's own files.
 * Example: 2022Q2 says shinan rank 5 and "上升2个位次" vs 2022Q1, while 2022Q1 publishes shinan rank 6
 *   → { '2022Q2': [{ kind: 'movement-mismatch', path: 'movements[0].placesUp', … }] }
 */
import type { DataIssue } from './data-file-error'
import type { QuarterId } from './quarter'
import type { QuarterFile } from './schema'

function publishedRanks(file: QuarterFile): Map<string, number> {
  const out = new Map<string, number>()
  for (const r of file.composite.rows) if (r.rank !== null) out.set(r.district, r.rank)
  return out
}

export function crossQuarterIssues(files: ReadonlyMap<QuarterId, QuarterFile>): Map<QuarterId, DataIssue[]> {
  const out = new Map<QuarterId, DataIssue[]>()
  const ranks = new Map<QuarterId, Map<string, number>>()
  const ranksOf = (q: QuarterId) => {
    let r = ranks.get(q)
    if (!r) {
      const file = files.get(q)
      r = file ? publishedRanks(file) : new Map()
      ranks.set(q, r)
    }
    return r
  }
  for (const [q, file] of files) {
    file.movements.forEach((m, i) => {
      const after = ranksOf(q).get(m.district)
      const before = ranksOf(m.vs).get(m.district)
      if (after === undefined || before === undefined) return
      const expected = before - after
      if (m.atLeast ? expected >= m.placesUp : expected === m.placesUp) return
      const params = { vs: m.vs, before, quarter: q, after, expected, places: m.placesUp }
      const list = out.get(q) ?? []
      list.push({
        kind: 'movement-mismatch',
        path: `movements[${i}].placesUp`,
        code: 'movementMismatch',
        params,
        message: `与已公布位次不符：${m.vs} 第 ${before} 位、${q} 第 ${after} 位，应为上升 ${expected} 位，而不是 ${m.placesUp} 位`,
      })
      out.set(q, list)
    })
  }
  return out
}
