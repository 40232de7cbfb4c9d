import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { unstable_HistoryRouter as HistoryRouter, UNSAFE_createHashHistory } from 'react-router'
import { AppRoutes } from './app/router'
import { hashSearch, syncLanguage } from './lib/i18n'
import { createQueryClient } from './lib/query-client'
import './index.css'

// The language is set before the first render and before React sees each navigation, so no view
// ever paints a frame in the previous language: the router's one history listener is wrapped so the
// language follows the URL first.
syncLanguage(hashSearch(window.location.hash))
const hashHistory = UNSAFE_createHashHistory({ window, v5Compat: true })
const history: typeof hashHistory = new Proxy(hashHistory, {
  get(target, key) {
    if (key === 'listen')
      return (listener: Parameters<typeof target.listen>[0]) =>
        target.listen((update) => {
          syncLanguage(update.location.search)
          listener(update)
        })
    const value = Reflect.get(target, key, target)
    return typeof value === 'function' ? value.bind(target) : value
  },
})

const queryClient = createQueryClient()
const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <HistoryRouter history={history}>
        <AppRoutes />
      </HistoryRouter>
    </QueryClientProvider>
  </StrictMode>,
)
