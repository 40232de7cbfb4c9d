import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { router } from './app/router'
import { hashSearch, syncLanguage } from './lib/i18n'
import { createQueryClient } from './lib/query-client'
import './index.css'

// The language is set before the first render and before React sees each navigation, so no view
// ever paints a frame in the previous language.
syncLanguage(hashSearch(window.location.hash))
router.subscribe((state) => {
  syncLanguage(state.location.search)
})

const queryClient = createQueryClient()
const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
