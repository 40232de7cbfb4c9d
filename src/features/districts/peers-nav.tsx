import { useEffect, useId } from 'react'
import { Link, useNavigate } from 'react-router'
import type { QuarterId } from '../../domain/model/quarter'
import type { District } from '../../domain/model/schema'
import { useFormat } from '../../lib/format'
import { useTranslation } from '../../lib/use-translation'
import type { PeerOrderItem, Peers } from './model/district-peers'

/** True when a key press belongs to a form field (typing, choosing), so it must not navigate. */
function isFormField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  return ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)
}

/**
 * Step to the previous/next district with [ and ] (or ← and →), as presenters do with a clicker.
 * Ignored inside form fields and with modifier keys (Alt+← is the browser's Back).
 */
function usePeerKeys(previousTo: string | null, nextTo: string | null) {
  const navigate = useNavigate()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || isFormField(e.target))
        return
      const to =
        e.key === '[' || e.key === 'ArrowLeft'
          ? previousTo
          : e.key === ']' || e.key === 'ArrowRight'
            ? nextTo
            : null
      if (!to) return
      e.preventDefault()
      navigate(to)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate, previousTo, nextTo])
}

/**
 * Previous and next district in the quarter's composite ranking, and a compare picker. Links carry
 * the current quarter (and other view params) so stepping keeps the context.
 */
export function PeersNav({
  peers,
  quarter,
  district,
  districts,
  compare,
  linkTo,
  compareTo,
}: {
  peers: Peers
  quarter: QuarterId
  district: District
  districts: District[]
  compare: string | undefined
  /** Path+search of another district's page, keeping the view state. */
  linkTo: (id: string) => string
  /** Path+search of this page comparing with `id` (or without comparison for ''). */
  compareTo: (id: string) => string
}) {
  const { t } = useTranslation(['districts', 'common'])
  const f = useFormat()
  const navigate = useNavigate()
  const selectId = useId()
  const previousTo = peers.previous ? linkTo(peers.previous.district.id) : null
  const nextTo = peers.next ? linkTo(peers.next.district.id) : null
  usePeerKeys(previousTo, nextTo)
  // "上一个：即墨区（第4）": the neighbour, with its rank where one is known.
  const peer = (label: string, p: PeerOrderItem | null) =>
    t('common:labelled', {
      label,
      text: p
        ? `${f.district(p.district)}${p.rank === null ? '' : t('peerRank', { rank: f.number(p.rank) })}`
        : '—',
    })
  const me = peers.order[peers.index]
  const total = f.number(peers.order.length)
  return (
    <nav
      aria-label={t('peersTitle')}
      className="no-print rounded border border-line bg-surface px-3 py-2"
      data-testid="peers-nav"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        {peers.previous && previousTo ? (
          <Link
            to={previousTo}
            rel="prev"
            className="rounded border border-line px-2 py-1 hover:bg-surface-2"
            data-testid="peer-previous"
          >
            <span aria-hidden="true">← </span>
            {peer(t('previous'), peers.previous)}
          </Link>
        ) : (
          <span className="px-2 py-1 text-muted">
            <span aria-hidden="true">← </span>
            {peer(t('previous'), null)}
          </span>
        )}
        <span className="text-sm" data-testid="peer-position">
          {me?.rank != null
            ? t('position', { n: f.number(peers.index + 1), total })
            : t('positionList', { n: f.number(peers.index + 1), total })}
        </span>
        {peers.next && nextTo ? (
          <Link
            to={nextTo}
            rel="next"
            className="rounded border border-line px-2 py-1 hover:bg-surface-2"
            data-testid="peer-next"
          >
            {peer(t('next'), peers.next)}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : (
          <span className="px-2 py-1 text-muted">
            {peer(t('next'), null)}
            <span aria-hidden="true"> →</span>
          </span>
        )}
        <label htmlFor={selectId} className="ml-auto flex items-center gap-2 text-sm">
          {t('compareLabel')}
          <select
            id={selectId}
            value={compare && districts.some((d) => d.id === compare) ? compare : ''}
            onChange={(e) => navigate(compareTo(e.target.value))}
            className="rounded border border-line bg-surface px-2 py-1"
            data-testid="compare-select"
          >
            <option value="">{t('compareNone')}</option>
            {districts
              .filter((d) => d.id !== district.id)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {f.district(d)}
                </option>
              ))}
          </select>
        </label>
      </div>
      <p className="mt-1 text-xs text-muted">
        {peers.ranked < peers.order.length && `${t('peersBasis', { quarter: f.quarter(quarter) })} `}
        {t('peersHint')}
      </p>
    </nav>
  )
}
