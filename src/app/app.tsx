/**
 * The whole app for a given history and query client: main.tsx renders (or hydrates) it in the browser,
 * and the build renders it once per prerendered view (scripts/prerender.tsx), so both produce the same
 * markup from the same tree.
 */
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { unstable_HistoryRouter as HistoryRouter, UNSAFE_createHashHistory } from 'react-router'
import { syncLanguage } from '../lib/i18n'
import '../lib/preact-compat-fixes'
import { AppRoutes } from './router'

type History = ReturnType<typeof UNSAFE_createHashHistory>

/**
 * The hash history the app runs on. The language follows the URL before React sees a navigation (the
 * router's one listener is wrapped), so no view ever paints a frame in the previous language.
 */
export function createAppHistory(window: Window): History {
  const hashHistory = UNSAFE_createHashHistory({ window, v5Compat: true })
  return new Proxy(hashHistory, {
    get(target, key) {
      if (key === 'listen')
        return (listener: Parameters<History['listen']>[0]) =>
          target.listen((update) => {
            syncLanguage(update.location.search)
            listener(update)
          })
      const value = Reflect.get(target, key, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

export function App({ history, queryClient }: { history: History; queryClient: QueryClient }) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <HistoryRouter history={history}>
          <AppRoutes />
        </HistoryRouter>
      </QueryClientProvider>
    </StrictMode>
  )
}
