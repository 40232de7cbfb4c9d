/**
 * 我的区市 (src/lib/theme.ts useHomeDistrict): chosen on a district page, remembered in the browser, highlighted
 * in the tables without hiding the others, and the districts tab opens on it.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { preloadRoutes, ROUTE_PRELOAD_TIMEOUT, renderApp, stubDataFetch } from './test-utils'

beforeAll(preloadRoutes, ROUTE_PRELOAD_TIMEOUT)
afterEach(() => {
  localStorage.clear()
  vi.unstubAllGlobals()
})

const KEY = 'leitai.home-district'
const NAV = '视图'
const rowOf = (id: string) =>
  document.querySelector(`[data-testid="rankings-table"] tr[data-district="${id}"]`)

describe('我的区市', () => {
  it('is chosen on the district page, then highlights its row in the rankings and opens the districts tab', async () => {
    stubDataFetch()
    const { router } = await renderApp('/districts/laoshan?quarter=2022Q2', { seed: true })
    const toggle = await screen.findByTestId('home-toggle')
    expect(toggle.getAttribute('aria-pressed')).toBe('false')
    fireEvent.click(toggle)
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'))
    expect(localStorage.getItem(KEY)).toBe('laoshan')
    // The districts tab now points at the home district's page.
    const nav = screen.getByRole('navigation', { name: NAV })
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: '区市' }).getAttribute('href')).toContain(
        '/districts/laoshan',
      ),
    )

    await router.navigate('/rankings?quarter=2022Q2&section=economy')
    await waitFor(() => expect(rowOf('laoshan')?.hasAttribute('data-home')).toBe(true))
    // Highlighted, not filtered: all ten rows stay, only one is marked.
    expect(document.querySelectorAll('[data-testid="rankings-table"] tbody tr')).toHaveLength(10)
    expect(document.querySelectorAll('[data-testid="rankings-table"] tr[data-home]')).toHaveLength(1)
    expect(within(rowOf('laoshan') as HTMLElement).getByTestId('home-badge').textContent).toBe('我的区市')
    expect(rowOf('shinan')?.querySelector('[data-testid="home-badge"]')).toBeNull()
  })

  it('is cleared by pressing the switch again, and ignores a value that is no district id', async () => {
    localStorage.setItem(KEY, 'laoshan')
    stubDataFetch()
    const { router } = await renderApp('/districts/laoshan?quarter=2022Q2', { seed: true })
    const toggle = await screen.findByTestId('home-toggle')
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'))
    fireEvent.click(toggle)
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('false'))
    expect(localStorage.getItem(KEY)).toBeNull()

    localStorage.setItem(KEY, '<script>')
    await router.navigate('/rankings?quarter=2022Q2&section=economy')
    await screen.findAllByTestId('rankings-table')
    expect(document.querySelector('tr[data-home]')).toBeNull()
  })

  it('is the coloured line of the bump chart when the link selects none, and says so', async () => {
    localStorage.setItem(KEY, 'laoshan')
    stubDataFetch()
    const { router } = await renderApp('/movement', { seed: true })
    expect((await screen.findByTestId('home-lit')).textContent).toContain('崂山区（我的区市）')
    // A selection in the link wins: the note goes.
    await router.navigate('/movement?districts=shinan')
    await waitFor(() => expect(screen.queryByTestId('home-lit')).toBeNull())
  })

  it('is marked in the districts index', async () => {
    localStorage.setItem(KEY, 'jimo')
    stubDataFetch()
    await renderApp('/districts?quarter=2022Q2', { seed: true })
    await waitFor(() => expect(document.querySelector('tr[data-district="jimo"][data-home]')).not.toBeNull())
    expect(document.querySelectorAll('tr[data-home]')).toHaveLength(1)
  })
})
