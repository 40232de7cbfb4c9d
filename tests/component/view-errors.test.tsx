/**
 * Each view has its own error boundary (router.tsx): a crash in one view shows a calm message in the
 * UI's language and keeps the header, so the other views stay one click away; a view whose code cannot
 * be fetched offers a reload. The crashing and missing views are stand-ins mocked in this file only.
 */
import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp, stubDataFetch } from './test-utils'

vi.mock('../../src/features/news/news-route', () => ({
  NewsRoute: () => {
    throw new Error('news view model exploded')
  },
}))
vi.mock('../../src/features/rules/rules-route', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/rules-route-abc123.js')
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('a view that crashes', () => {
  it('shows a calm message with the technical line, keeps the header, and the next view renders', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    stubDataFetch()
    const { router } = await renderApp('/news', { seed: true })
    const alert = await screen.findByTestId('view-error')
    expect(alert.textContent).toContain('此视图暂时无法显示')
    expect(alert.textContent).toContain('news view model exploded')
    expect(within(alert).queryByRole('button', { name: '重新加载' })).toBeNull()
    // The header and its navigation are still there: not a blank page, not the last-resort screen.
    expect(screen.getByRole('navigation')).toBeTruthy()
    expect(document.body.textContent).not.toContain('Something went wrong')
    await router.navigate('/rankings?quarter=2022Q2')
    expect((await screen.findAllByTestId('rankings-table')).length).toBe(1)
    expect(screen.queryByTestId('view-error')).toBeNull()
  })

  it('speaks English under lang=en', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    stubDataFetch()
    await renderApp('/news?lang=en', { seed: true })
    const alert = await screen.findByTestId('view-error')
    expect(alert.textContent).toContain('This view cannot be shown right now')
  })
})

describe('a view whose code does not load', () => {
  it('says so and offers a reload that reloads the page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload })
    stubDataFetch()
    await renderApp('/rules', { seed: true })
    const alert = await screen.findByTestId('view-error', {}, { timeout: 4000 })
    expect(alert.textContent).toContain('此视图的程序文件未能加载')
    expect(alert.textContent).toContain('could not be loaded')
    fireEvent.click(within(alert).getByRole('button', { name: '重新加载' }))
    expect(reload).toHaveBeenCalledTimes(1)
  })
})
