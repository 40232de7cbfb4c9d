import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { Quoted } from '../../components/data-text'
import { matchDistricts } from '../../domain/model/district-search'
import type { District } from '../../domain/model/schema'
import { useFormat } from '../../lib/format'
import { useTranslation } from '../../lib/use-translation'

/** At most this many checkboxes at once; the search narrows the rest. */
const LIST_LIMIT = 100

/**
 * Multi-select district filter: a disclosure with a search box (name, alias such as 西海岸新区,
 * English name or id) over checkboxes, plus removable chips for what is selected.
 */
export function DistrictFilter({
  districts,
  selected,
  onChange,
}: {
  districts: District[]
  selected: string[]
  onChange: (ids: string[]) => void
}) {
  const { t } = useTranslation(['rankings', 'common'])
  const f = useFormat()
  const [query, setQuery] = useState('')
  // The list is built only while the disclosure is open, and capped: a county has thousands of units.
  const [open, setOpen] = useState(false)
  const detailsRef = useRef<HTMLDetailsElement>(null)
  // An open filter closes on Esc (focus back on its button) and on a click outside it. The listeners
  // stay attached and ask the element whether it is open: the toggle event (which sets `open`) comes a
  // task after the click, and a quick Esc or click must not fall into that gap.
  useEffect(() => {
    const el = detailsRef.current
    if (!el) return
    const close = (refocus: boolean) => {
      el.open = false
      setOpen(false)
      if (refocus) el.querySelector('summary')?.focus()
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && el.open) close(true)
    }
    const onPointer = (e: PointerEvent) => {
      if (el.open && !el.contains(e.target as Node)) close(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [])
  const searchId = useId()
  const listed = open || districts.length <= LIST_LIMIT
  const matches = useMemo(() => (listed ? matchDistricts(districts, query) : []), [listed, districts, query])
  const shown = matches.length > LIST_LIMIT ? matches.slice(0, LIST_LIMIT) : matches
  const name = (d: District) => f.district(d)
  const toggle = (id: string) =>
    onChange(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id])
  const chosen = selected.length ? districts.filter((d) => selected.includes(d.id)) : []
  return (
    <div className="flex flex-wrap items-center gap-2">
      <details
        ref={detailsRef}
        className="group relative"
        data-testid="district-filter"
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary className="cursor-pointer list-none rounded border border-line bg-surface px-3 py-1.5 hover:bg-surface-2">
          <span aria-hidden="true">▾ </span>
          {t('filter.button')}
          {selected.length > 0 && (
            <span className="ml-1 text-sm text-muted">
              {t('common:paren', { text: t('filter.count', { n: chosen.length }) })}
            </span>
          )}
        </summary>
        {listed && (
          <div className="absolute z-40 mt-1 w-72 max-w-[90vw] rounded border border-line bg-surface p-3 shadow-lg">
            <label htmlFor={searchId} className="mb-1 block text-sm font-medium">
              {t('filter.search')}
            </label>
            <input
              id={searchId}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              className="mb-2 w-full rounded border border-line bg-page px-2 py-1"
              placeholder="西海岸新区 / huangdao"
            />
            <fieldset>
              <legend className="sr-only">{t('filter.button')}</legend>
              {shown.length === 0 && <p className="text-sm text-muted">{t('filter.none')}</p>}
              <ul className="max-h-72 space-y-1 overflow-y-auto">
                {shown.map((d) => (
                  <li key={d.id}>
                    <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 hover:bg-surface-2">
                      <input
                        type="checkbox"
                        checked={selected.includes(d.id)}
                        onChange={() => toggle(d.id)}
                      />
                      <span>{name(d)}</span>
                      {d.aliases.length > 0 && (
                        <Quoted className="truncate text-xs text-muted">
                          {f.list(d.aliases.slice(0, 2))}
                        </Quoted>
                      )}
                    </label>
                  </li>
                ))}
              </ul>
              {matches.length > shown.length && (
                <p className="mt-1 text-sm text-muted">
                  {t('filter.more', { n: f.number(matches.length - shown.length) })}
                </p>
              )}
            </fieldset>
          </div>
        )}
      </details>
      {chosen.map((d) => (
        <button
          key={d.id}
          type="button"
          onClick={() => toggle(d.id)}
          className="rounded-full border border-line bg-surface-2 px-2.5 py-0.5 text-sm hover:border-accent"
          aria-label={t('filter.remove', { name: name(d) })}
        >
          {name(d)} <span aria-hidden="true">×</span>
        </button>
      ))}
      {selected.length > 0 && (
        <button type="button" onClick={() => onChange([])} className="text-sm text-link underline">
          {t('filter.clear')}
        </button>
      )}
    </div>
  )
}
