/** Marks lead to 考核规则说明: a red flag in a table links to the rules page's flags section, a slide's does not. */
import { screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { preloadRoutes, ROUTE_PRELOAD_TIMEOUT, renderApp, stubDataFetch } from './test-utils'

beforeAll(preloadRoutes, ROUTE_PRELOAD_TIMEOUT)
afterEach(() => vi.unstubAllGlobals())

describe('red flags and the rules page', () => {
  it('a flag in the rankings links to #/rules?topic=flags; the flag keeps its full name as the link text', async () => {
    stubDataFetch()
    await renderApp('/rankings?quarter=2022Q2&section=economy', { seed: true })
    await screen.findAllByTestId('rankings-table')
    const links = [...document.querySelectorAll('[data-testid="rankings-table"] a[data-rules-link="flags"]')]
    // 2022Q2: 黄岛区 and 胶州市 真抓实干、勇当排头, 市南区 加压奋进、进位赶超.
    expect(links.map((a) => a.textContent)).toEqual([
      '真抓实干、勇当排头',
      '真抓实干、勇当排头',
      '加压奋进、进位赶超',
    ])
    for (const a of links) expect(a.getAttribute('href')).toContain('/rules?topic=flags')
  })

  it('a flag on a projected slide is not a link (a click there steps the deck)', async () => {
    stubDataFetch()
    await renderApp('/present?deck=arena&quarter=2022Q2&slide=2', { seed: true })
    await waitFor(() => expect(screen.getByTestId('slide').textContent).toContain('真抓实干、勇当排头'))
    expect(screen.getByTestId('slide').querySelector('a[data-rules-link]')).toBeNull()
  })
})
