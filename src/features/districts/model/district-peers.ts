/**
 * The order a reader steps through districts with "previous / next": the composite ranking of the
 * chosen quarter, and where ranks are unknown, the districts file's order (the order the
 * committee's own tables use for unranked districts). The basis is returned so the view can say
 * which part of the order is a ranking and which is only a list.
 */
import { compositeRanks, type Dataset } from '../../../domain/model/dataset'
import { figureValue } from '../../../domain/model/figure'
import type { QuarterId } from '../../../domain/model/quarter'
import type { District } from '../../../domain/model/schema'

export type PeerOrderItem = { district: District; rank: number | null }

export type Peers = {
  order: PeerOrderItem[]
  /** Position of the district in `order` (0-based), or -1 when it is not a known district. */
  index: number
  previous: PeerOrderItem | null
  next: PeerOrderItem | null
  /** How many districts at the head of `order` are placed by a known composite rank. */
  ranked: number
}

/**
 * Example (real 2022Q2, composite top 5 published): order = huangdao 1, jiaozhou 2, laoshan 3,
 * jimo 4, shinan 5, then shibei, licang, chengyang, pingdu, laixi (file order, no rank);
 * peersOf(ds, '2022Q2', 'shinan') → previous jimo, next shibei, ranked 5.
 * Ties keep the file order among themselves (ranks 1, 2, 2 → the two 2s in file order).
 */
export function peersOf(ds: Dataset, quarter: QuarterId, district: string): Peers {
  const ranks = compositeRanks(ds).get(quarter)
  const items = ds.districts.map((d, i) => ({ district: d, rank: figureValue(ranks?.get(d.id)), i }))
  items.sort((a, b) => {
    // Unranked districts go after every ranked one, in file order.
    const ra = a.rank ?? Number.POSITIVE_INFINITY
    const rb = b.rank ?? Number.POSITIVE_INFINITY
    return ra === rb ? a.i - b.i : ra - rb
  })
  const order = items.map(({ district: d, rank }) => ({ district: d, rank }))
  const index = order.findIndex((o) => o.district.id === district)
  return {
    order,
    index,
    previous: index > 0 ? (order[index - 1] ?? null) : null,
    next: index >= 0 && index < order.length - 1 ? (order[index + 1] ?? null) : null,
    ranked: order.filter((o) => o.rank !== null).length,
  }
}
