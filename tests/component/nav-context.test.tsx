/**
 * Moving between views keeps what the user was looking at: the quarter where the next view shows one,
 * and the section and the district selection between rankings and movement.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { preloadRoutes, ROUTE_PRELOAD_TIMEOUT, renderApp, stubDataFetch } from './test-utils'

beforeAll(preloadRoutes, ROUTE_PRELOAD_TIMEOUT)
afterEach(() => vi.unstubAllGlobals())

const tab = (name: string) =>
  within(screen.getByRole('navigation', { name: '视图' }))
    .getByRole('link', { name })
    .getAttribute('href') ?? ''
const paramsOf = (href: string) => new URLSearchParams(href.slice(href.indexOf('?') + 1))

describe('the navigation carries the context', () => {
  it('rankings → movement keeps the section and the selected districts; other views get only what they show', async () => {
    stubDataFetch()
    const { router } = await renderApp('/rankings?quarter=2022Q2&section=urban&districts=shinan,jimo', {
      seed: true,
    })
    await screen.findAllByTestId('rankings-table')
    const movement = paramsOf(tab('变动'))
    expect(movement.get('section')).toBe('urban')
    expect(movement.get('districts')).toBe('shinan,jimo')
    // News shows neither a section nor a selection; the districts index shows a quarter.
    expect(paramsOf(tab('新闻')).get('section')).toBeNull()
    expect(paramsOf(tab('区市')).get('quarter')).toBe('2022Q2')
    expect(paramsOf(tab('区市')).get('section')).toBeNull()

    // And back: movement → rankings keeps them too.
    await router.navigate(tab('变动').replace(/^#/, ''))
    await waitFor(() => expect(router.state.location.pathname).toBe('/movement'))
    const rankings = paramsOf(tab('排名'))
    expect(rankings.get('section')).toBe('urban')
    expect(rankings.get('districts')).toBe('shinan,jimo')
  })
})
