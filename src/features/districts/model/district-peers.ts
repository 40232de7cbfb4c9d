/**
 * The order a reader steps through districts with "previous / next": the composite ranking of the
 * chosen quarter, and where ranks are unknown, the districts file's order (the order the
 * committee's own tables use for unranked districts). The basis is returned so the view can say
 * which part of the order is a ranking and which is only a list.
 *
 * The order is the same for every district of a quarter, so it is built once per dataset and
 * quarter (one sort, O(n log n)) with each district's position, and a district's peers are then
 * read in O(1): stepping through 3,000 districts never re-sorts.
 */
import { compositeRanks, type Dataset } from '../../../domain/model/dataset'
import { memoOn } from '../../../domain/model/dataset-index'
import { figureValue } from '../../../domain/model/figure'
import type { QuarterId } from '../../../domain/model/quarter'
import type { District } from '../../../domain/model/schema'

export type PeerOrderItem = { district: District; rank: number | null }

export type CompositeOrder = {
  order: PeerOrderItem[]
  /** Each district's position in `order` (0-based), by id. */
  position: Map<string, number>
  /** How many districts at the head of `order` are placed by a known composite rank. */
  ranked: number
}

export type Peers = {
  order: PeerOrderItem[]
  /** Position of the district in `order` (0-based), or -1 when it is not a known district. */
  index: number
  previous: PeerOrderItem | null
  next: PeerOrderItem | null
  /** How many districts at the head of `order` are placed by a known composite rank. */
  ranked: number
}

const orderMemo = new WeakMap<Dataset, Map<string, CompositeOrder>>()

/**
 * The quarter's composite order: by rank (published or derived), then unranked districts in the
 * districts file's order; ties keep the file order among themselves (ranks 1, 2, 2 → the two 2s in
 * file order). The same order as the rankings table's default. Memoised per dataset and quarter.
 * Example (real 2022Q2): huangdao 1, jiaozhou 2, laoshan 3, jimo 4, shinan 5, then shibei, licang,
 * chengyang, pingdu, laixi; ranked 5.
 */
export function compositeOrder(ds: Dataset, quarter: QuarterId): CompositeOrder {
  return memoOn(orderMemo, ds, quarter, () => {
    const ranks = compositeRanks(ds).get(quarter)
    const items = ds.districts.map((d, i) => ({ district: d, rank: figureValue(ranks?.get(d.id)), i }))
    items.sort((a, b) => {
      // Unranked districts go after every ranked one, in file order.
      const ra = a.rank ?? Number.POSITIVE_INFINITY
      const rb = b.rank ?? Number.POSITIVE_INFINITY
      return ra === rb ? a.i - b.i : ra - rb
    })
    const order = items.map(({ district: d, rank }) => ({ district: d, rank }))
    const position = new Map(order.map((o, i) => [o.district.id, i]))
    let ranked = 0
    for (const o of order) if (o.rank !== null) ranked++
    return { order, position, ranked }
  })
}

/**
 * Example (real 2022Q2): peersOf(ds, '2022Q2', 'shinan') → previous jimo, next shibei, ranked 5.
 */
export function peersOf(ds: Dataset, quarter: QuarterId, district: string): Peers {
  const { order, position, ranked } = compositeOrder(ds, quarter)
  const index = position.get(district) ?? -1
  return {
    order,
    index,
    previous: index > 0 ? (order[index - 1] ?? null) : null,
    next: index >= 0 && index < order.length - 1 ? (order[index + 1] ?? null) : null,
    ranked,
  }
}
