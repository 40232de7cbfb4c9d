/**
 * The speaking order of the 书记擂台 for the places the notice did not publish. The deck puts the
 * districts with a known composite rank first, in rank order (deck.ts `speakingOrder`); the rest
 * speak in an order the meeting decides, which is not a rank. The start screen edits that part and
 * keeps it in the URL (`order=chengyang,pingdu,…`); this module validates it and applies it.
 *
 * Honesty: a district's place in this part is a 发言顺序（非名次）, never shown as a rank. Districts the
 * link leaves out follow in the districts file's order (the deck's stated convention).
 */
import type { Dataset } from '../../../domain/model/dataset'
import type { DatasetId } from '../../../domain/model/ids'
import type { QuarterId } from '../../../domain/model/quarter'
import type { District } from '../../../domain/model/schema'
import { speakingOrder } from './deck'

/** Why an id of `order=` was not used. */
export type OrderProblemReason =
  /** Not a district of the dataset. */
  | 'unknown'
  /** Named twice; the first one counts. */
  | 'duplicate'
  /** Its composite rank is known (published or derived): it speaks at its rank, not by this order. */
  | 'ranked'

export type OrderProblem = { id: string; reason: OrderProblemReason }

export type ResolvedOrder = {
  /** The districts without a known composite rank, in the order they speak. */
  unranked: readonly District[]
  /** Whether the link set any of that order (else it is the districts file's, the deck's convention). */
  custom: boolean
  /** Ids of the link that were not used, each with its reason, in the link's order. */
  problems: readonly OrderProblem[]
}

/**
 * The unranked part of the speaking order from the `order=` ids: known, unranked, first mention
 * only; the unranked districts the ids leave out follow in the districts file's order.
 * Example (real 2022Q2, ranked 黄岛区 胶州市 崂山区 即墨区 市南区):
 *   resolveOrder(real, '2022Q2', ['pingdu', 'xx', 'pingdu', 'huangdao'])
 *   → unranked 平度市, 市北区, 李沧区, 城阳区, 莱西市; custom true;
 *     problems [{ id: 'xx', reason: 'unknown' }, { id: 'pingdu', reason: 'duplicate' }, { id: 'huangdao', reason: 'ranked' }]
 */
export function resolveOrder(ds: Dataset, quarter: QuarterId, ids: readonly string[]): ResolvedOrder {
  const base = speakingOrder(ds, quarter)
  const unrankedIds = new Set(base.unranked.map((d) => d.id))
  const byId = new Map(ds.districts.map((d) => [d.id, d]))
  const seen = new Set<string>()
  const chosen: District[] = []
  const problems: OrderProblem[] = []
  for (const id of ids) {
    const d = byId.get(id)
    if (!d) problems.push({ id, reason: 'unknown' })
    else if (seen.has(id)) problems.push({ id, reason: 'duplicate' })
    else if (!unrankedIds.has(id)) problems.push({ id, reason: 'ranked' })
    else chosen.push(d)
    seen.add(id)
  }
  const rest = base.unranked.filter((d) => !chosen.includes(d))
  return { unranked: [...chosen, ...rest], custom: chosen.length > 0, problems }
}

/**
 * The ids to write as `order=`: empty when the order is the districts file's (the default), so a
 * link without a custom order stays short. Example: orderParam([市北区, 李沧区, …] in file order) → []
 */
export function orderParam(ds: Dataset, quarter: QuarterId, unranked: readonly District[]): string[] {
  const base = speakingOrder(ds, quarter).unranked
  const same = base.length === unranked.length && base.every((d, i) => d.id === unranked[i]?.id)
  return same ? [] : unranked.map((d) => d.id)
}

/** Moves the district at `from` to `to` (both 0-based, clamped): the editor's ↑ / ↓. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list]
  const target = Math.max(0, Math.min(out.length - 1, to))
  if (from < 0 || from >= out.length || target === from) return out
  const [item] = out.splice(from, 1)
  out.splice(target, 0, item as T)
  return out
}

/**
 * An order a published source reports for the places the notice did not publish. The start screen
 * offers it as a choice, with its source and quote; it is never applied by itself.
 */
export type ReportedOrder = {
  dataset: DatasetId
  quarter: QuarterId
  /** Id in sources.json. */
  source: string
  /** The district ids in the order the source reports them. */
  ids: readonly string[]
}

/**
 * 2022Q2: the notice published the composite top 5; the 2022-07-26 青岛日报 article (“书记擂台”侧记)
 * says the secretaries spoke in the order of the results (“以…考核结果排序上台‘打擂’”), quotes the
 * top 5 in rank order, then 城阳区、平度市、莱西市、市北区、李沧区 in this order (tested against the
 * local copy of the text). That is a reported order of speaking, not a published rank.
 */
export const REPORTED_ORDERS: readonly ReportedOrder[] = [
  {
    dataset: 'real',
    quarter: '2022Q2',
    source: 'qdrb-2022-07-26',
    ids: ['chengyang', 'pingdu', 'laixi', 'shibei', 'licang'],
  },
]

/** The reported order for this dataset and quarter, if a source gives one. */
export function reportedOrder(dataset: DatasetId, quarter: QuarterId): ReportedOrder | null {
  return REPORTED_ORDERS.find((o) => o.dataset === dataset && o.quarter === quarter) ?? null
}
