import { memo, type ReactNode, useContext, useEffect, useId, useLayoutEffect, useState } from 'react'
import {
  Outlet,
  UNSAFE_NavigationContext,
  useLocation,
  useNavigate,
  useNavigationType,
  useSearchParams,
} from 'react-router'
import { DatasetMarker, DemoBanner } from '../components/dataset-marker'
import { LayerBanner } from '../components/layer-banner'
import { LANGS } from '../domain/model/ids'
import { globalProblems, parseGlobal, writeGlobal } from '../domain/url/params'
import { cn } from '../lib/cn'
import { setLanguage } from '../lib/i18n'
import { readUpDown, useHomeDistrict } from '../lib/theme'
import { useDatasetKind } from '../lib/use-dataset'
import { useEffectEvent } from '../lib/use-effect-event'
import { useGlobalParams, useHrefBuilder, useSetSearch } from '../lib/use-global-params'
import { useTranslation } from '../lib/use-translation'
import { DatasetSwitch, QuarterSelect, SectionSwitch, UpDownSetting } from './header-controls'
import { CARRIES_QUARTER, useRouteHandle, VIEWS } from './route-handle'

// The path last shown, at module level: the route error boundary is keyed by path (router.tsx), so
// the layout mounts again on every navigation and a ref would forget the first load.
let shownPath: string | null = null

export function Layout() {
  const { t } = useTranslation()
  const g = useGlobalParams()
  const kind = useDatasetKind(g.dataset)
  const { pathname } = useLocation()
  const [params] = useSearchParams()
  const setSearch = useSetSearch()
  const href = useHrefBuilder()
  const [settingsOpen, setSettingsOpen] = useState(false)
  const settingsId = useId()
  // The language the switch offers: the other one of the two.
  const otherLang = LANGS.find((l) => l !== g.lang) ?? LANGS[0]

  useLayoutEffect(() => {
    void setLanguage(g.lang)
    const root = document.documentElement
    root.lang = t('locale')
    root.dataset.theme = g.theme
    root.dataset.updown = readUpDown()
  }, [g.lang, g.theme, t])

  const toggle = (key: 'theme' | 'lang') => {
    const next = parseGlobal(params)
    if (key === 'theme') next.theme = g.theme === 'projection' ? 'default' : 'projection'
    else next.lang = otherLang
    setSearch(writeGlobal(new URLSearchParams(params), next), { replace: true })
  }

  // A route change moves focus to the new view and names it in the title, so screen-reader and
  // keyboard users know the page changed (not on first load, where focus belongs to the browser).
  const handle = useRouteHandle()
  const view = handle?.view
  useEffect(() => {
    const name = view ? t(`nav.${view}`) : t('notFound.title')
    document.title = `${name} · ${t('appName')}`
  }, [view, t])

  // Redirects (`/` → `/rankings`, an alias to its district id) replace the entry: they are the app's
  // doing, not the user's, so focus stays where the browser put it (no ring around the page on load).
  const navigationType = useNavigationType()
  // An effect event: it reads the current handle without re-running when only the handle changes.
  const focusView = useEffectEvent((path: string) => {
    const first = shownPath === null
    const same = shownPath === path
    shownPath = path
    if (first || same || navigationType === 'REPLACE') return
    if (!handle?.bare) document.getElementById('main')?.focus({ preventScroll: false })
  })
  useEffect(() => {
    focusView(pathname)
  }, [pathname])

  // The quarter in view travels with the navigation to views that show one quarter.
  const quarter = params.get('quarter') ?? undefined
  // 擂台模式 opens on its start screen (deck, quarter, speaking order, 检查数据) rather than straight on a slide.
  // 我的区市: the districts tab opens on the home district's page (its index stays one link away there).
  const [home] = useHomeDistrict()
  // The section and the district selection travel between the two views that have both (rankings and
  // movement), so switching views keeps what the user was looking at.
  const section = params.get('section') ?? undefined
  const districts = params.get('districts') ?? undefined
  const onTables = view === 'rankings' || view === 'movement'
  const navHref = (v: (typeof VIEWS)[number]) =>
    href(v === 'districts' && home ? `/districts/${home}` : `/${v}`, {
      ...(v === 'present' ? { quarter, start: '1' } : CARRIES_QUARTER[v] ? { quarter } : {}),
      ...(onTables && (v === 'rankings' || v === 'movement') ? { section, districts } : {}),
    })

  // The tabs navigate through one stable callback, so a URL change that leaves a tab's target alone does
  // not render it again (a NavLink reads the location and renders on every sort and filter).
  const navigate = useNavigate()
  const go = useEffectEvent((to: string) => navigate(to))

  // Presentation mode owns the whole screen; it renders its own chrome.
  const bare = handle?.bare ?? false
  const showQuarter = handle?.controls?.quarter ?? false
  const showSection = handle?.controls?.section ?? false

  if (bare)
    return (
      <div className="min-h-dvh bg-page text-ink">
        <LayerBanner floating />
        <Outlet />
      </div>
    )

  return (
    <div className="flex min-h-dvh flex-col bg-page text-ink">
      {/* A button, not an anchor: "#main" would be read as a route by the hash router. */}
      <button
        type="button"
        onClick={() => document.getElementById('main')?.focus()}
        className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:bg-surface focus:p-2"
      >
        {t('skipToContent')}
      </button>
      <header className="no-print border-b border-line bg-surface">
        {kind === 'demo' && <DemoBanner />}
        <LayerBanner />
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2">
          <NavTab
            to={href('/rankings')}
            active={view === 'rankings'}
            onGo={go}
            className="flex shrink-0 items-baseline gap-2"
          >
            <span className="text-2xl font-black text-accent">{t('appName')}</span>
            <span className="hidden text-sm text-muted sm:inline">{t('appSubtitle')}</span>
          </NavTab>
          <nav aria-label={t('navLabel')} className="min-w-0 flex-1 overflow-x-auto md:flex-none">
            <ul className="flex gap-1">
              {VIEWS.map((v) => (
                <li key={v}>
                  <NavTab
                    to={navHref(v)}
                    // The districts tab may point at the home district: it is lit on every district page.
                    active={view === v}
                    current
                    onGo={go}
                    className={cn(
                      'block rounded px-3 py-1.5 whitespace-nowrap',
                      view === v ? 'bg-accent text-accent-ink font-semibold' : 'hover:bg-surface-2',
                    )}
                  >
                    {t(`nav.${v}`)}
                  </NavTab>
                </li>
              ))}
            </ul>
          </nav>
          <DatasetMarker dataset={g.dataset} className="shrink-0 md:order-last" />
          {/* On a phone the settings fold behind one button, so the header is one line above the table. */}
          <button
            type="button"
            aria-expanded={settingsOpen}
            aria-controls={settingsId}
            onClick={() => setSettingsOpen((o) => !o)}
            className="shrink-0 rounded border border-line px-2 py-1 text-sm hover:bg-surface-2 md:hidden"
          >
            {t('settings')}
          </button>
          <div
            id={settingsId}
            className={cn(
              'w-full flex-wrap items-center gap-2 md:ml-auto md:flex md:w-auto',
              settingsOpen ? 'flex' : 'hidden',
            )}
          >
            <DatasetSwitch />
            <button
              type="button"
              onClick={() => toggle('theme')}
              aria-pressed={g.theme === 'projection'}
              className="rounded border border-line px-2 py-1 text-sm hover:bg-surface-2"
            >
              {g.theme === 'projection' ? t('theme.normal') : t('theme.projection')}
            </button>
            <button
              type="button"
              onClick={() => toggle('lang')}
              lang={otherLang}
              className="rounded border border-line px-2 py-1 text-sm hover:bg-surface-2"
            >
              {t('lang.switchTo')}
            </button>
            <UpDownSetting />
          </div>
        </div>
        {(showQuarter || showSection) && (
          <div className="border-t border-line bg-surface-2">
            <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2">
              {showQuarter && (
                <QuarterSelect
                  raw={params.get('quarter') ?? params.get('q')}
                  district={/^\/districts\/([^/]+)$/.exec(pathname)?.[1]}
                  index={pathname === '/districts'}
                />
              )}
              {showSection && (
                <SectionSwitch
                  raw={params.get('section') ?? params.get('sec')}
                  qRaw={params.get('quarter') ?? params.get('q')}
                  defaulted={showQuarter}
                />
              )}
            </div>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-3 py-4 outline-none">
        {globalProblems(params).map((p) => (
          <p
            key={p.param}
            role="status"
            className="mb-3 rounded border border-line bg-surface-2 px-3 py-2 text-sm"
          >
            {t('notFound.param', { param: p.param, value: p.value })}
          </p>
        ))}
        <Outlet />
      </main>
      <footer className="no-print border-t border-line px-3 py-3 text-center text-xs text-muted">
        {t('footer')}
      </footer>
    </div>
  )
}

/**
 * A header link: a plain anchor with the router's href, navigating through `onGo` (a push, like a
 * Link), memoised on its props. `current` marks the active tab as the page (aria-current).
 */
const NavTab = memo(function NavTab({
  to,
  active,
  current = false,
  onGo,
  className,
  children,
}: {
  to: string
  active: boolean
  current?: boolean
  onGo: (to: string) => void
  className: string
  children: ReactNode
}) {
  const { navigator } = useContext(UNSAFE_NavigationContext)
  return (
    <a
      href={navigator.createHref(to)}
      aria-current={current && active ? 'page' : undefined}
      className={className}
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return
        e.preventDefault()
        onGo(to)
      }}
    >
      {children}
    </a>
  )
})
