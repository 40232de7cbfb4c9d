import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp, stubDataFetch } from './test-utils'

afterEach(() => vi.unstubAllGlobals())

const press = (key: string) => fireEvent.keyDown(window, { key })
const slide = () => screen.getByTestId('slide')
const slideId = () => slide().getAttribute('data-slide-id')
const counter = () => screen.getByTestId('slide-counter').textContent

async function openDeck(path: string) {
  stubDataFetch()
  const app = await renderApp(path)
  await waitFor(() => expect(slideId()).not.toBe(''), { timeout: 5000 })
  return app
}

describe('presentation mode', () => {
  it('opens the 2022Q2 arena deck on its title slide, in the projection theme, without the app header', async () => {
    await openDeck('/present?deck=arena&quarter=2022Q2')
    expect(slideId()).toBe('title')
    expect(counter()).toBe('1 / 16')
    expect(slide()).toHaveTextContent('2022年二季度')
    expect(slide()).toHaveTextContent('2022-07-26 通报')
    expect(slide()).toHaveTextContent('项目签约落地 成绩未公布')
    expect(screen.getByTestId('present')).toHaveAttribute('data-theme', 'projection')
    expect(screen.queryByRole('banner', { name: /视图/ })).toBeNull()
    expect(screen.queryByTestId('demo-marker')).toBeNull()
  })

  it('PageDown/PageUp step through slides and the URL follows (replace)', async () => {
    const { router } = await openDeck('/present?deck=arena&quarter=2022Q2')
    press('PageDown')
    await waitFor(() => expect(slideId()).toBe('podium'))
    expect(router.state.location.search).toContain('slide=2')
    expect(router.state.historyAction).toBe('REPLACE')
    press('ArrowRight')
    press(' ')
    await waitFor(() => expect(slideId()).toBe('board:urban'))
    press('PageUp')
    await waitFor(() => expect(slideId()).toBe('board:economy'))
    expect(router.state.location.search).toContain('slide=3')
  })

  it('digits + Enter jump to the first speaker card: 黄岛区 with a running 5:00 timer that T pauses', async () => {
    await openDeck('/present?quarter=2022Q2')
    press('6')
    expect(await screen.findByTestId('jump-prompt')).toHaveTextContent('跳到第 6 张')
    press('Enter')
    await waitFor(() => expect(slideId()).toBe('district:huangdao'))
    expect(screen.getByTestId('card-name')).toHaveTextContent('黄岛区')
    expect(slide()).toHaveTextContent('发言 1 / 10')
    expect(slide()).toHaveTextContent('90.00分')
    const timer = screen.getByTestId('speaker-timer')
    expect(screen.getByTestId('timer-display').textContent).toMatch(/^(5:00|4:59)$/)
    expect(timer).toHaveAttribute('data-running', 'true')
    press('t')
    await waitFor(() => expect(screen.getByTestId('speaker-timer')).toHaveAttribute('data-running', 'false'))
  })

  it('takes the timer length from the URL', async () => {
    await openDeck('/present?quarter=2022Q2&slide=6&timer=62')
    expect(screen.getByTestId('timer-display').textContent).toMatch(/^1:0[12]$/)
  })

  it('cards with an unknown composite rank say 未公布 and the order rule', async () => {
    await openDeck('/present?quarter=2022Q2&slide=11')
    expect(screen.getByTestId('card-name')).toHaveTextContent('市北区')
    expect(slide()).toHaveTextContent('综合位次未公布')
    expect(slide()).toHaveTextContent('其余按区市名录顺序：市北区、李沧区、城阳区、平度市、莱西市')
    expect(slide().textContent).not.toMatch(/综合\s*第0位|0\.00分/)
  })

  it('reopens the URL’s slide and keeps it when the data reloads', async () => {
    const { client } = await openDeck('/present?quarter=2022Q2&slide=9')
    expect(slideId()).toBe('district:jimo')
    await act(async () => {
      await client.resetQueries()
    })
    await waitFor(() => expect(slideId()).toBe('district:jimo'))
    expect(counter()).toBe('9 / 16')
  })

  it('clamps an out-of-range slide to the last one', async () => {
    const { router } = await openDeck('/present?quarter=2022Q2&slide=99')
    expect(slideId()).toBe('closing')
    await waitFor(() => expect(router.state.location.search).toContain('slide=16'))
  })

  it('? shows the help, Esc closes it; B blacks out; Esc then leaves to the rankings of the quarter', async () => {
    const { router } = await openDeck('/present?quarter=2022Q2&lang=en')
    press('?')
    expect(await screen.findByTestId('help-overlay')).toHaveTextContent('Keyboard and clicker')
    press('Escape')
    await waitFor(() => expect(screen.queryByTestId('help-overlay')).toBeNull())
    press('b')
    expect(await screen.findByTestId('black-screen')).toBeInTheDocument()
    press('Escape')
    await waitFor(() => expect(screen.queryByTestId('black-screen')).toBeNull())
    press('Escape')
    await waitFor(() => expect(router.state.location.pathname).toBe('/rankings'))
    const search = new URLSearchParams(router.state.location.search)
    expect(search.get('quarter')).toBe('2022Q2')
    expect(search.get('lang')).toBe('en')
  })

  it('marks the demo dataset on every slide', async () => {
    await openDeck('/present?quarter=2024Q4&dataset=demo')
    const total = Number(counter()?.split('/')[1])
    expect(total).toBe(18)
    for (let i = 1; i <= total; i++) {
      await waitFor(() => expect(counter()).toBe(`${i} / ${total}`))
      expect(screen.getByTestId('demo-marker')).toHaveTextContent('示例数据 DEMO')
      press('PageDown')
    }
  })

  it('the overview deck shows the composite with 未公布 rows, then each published section', async () => {
    await openDeck('/present?deck=overview&quarter=2022Q2')
    expect(counter()).toBe('1 / 3')
    expect(slideId()).toBe('board:overall')
    const rows = slide().querySelectorAll('tr[data-district]')
    expect([...rows].map((r) => r.getAttribute('data-district'))).toEqual([
      'huangdao',
      'jiaozhou',
      'laoshan',
      'jimo',
      'shinan',
      'shibei',
      'licang',
      'chengyang',
      'pingdu',
      'laixi',
    ])
    expect(rows[5]).toHaveTextContent('未公布')
    expect(screen.getByTestId('auto-status')).toHaveTextContent('自动翻页')
  })

  it('names an unknown quarter and lists the available ones', async () => {
    stubDataFetch()
    await renderApp('/present?quarter=2019Q1')
    expect(await screen.findByRole('alert')).toHaveTextContent('没有 2019Q1 的数据')
    expect(screen.getByRole('alert')).toHaveTextContent('2022Q2')
  })

  it('shows the full-screen prompt for fs=1 and hides it on a key press', async () => {
    await openDeck('/present?quarter=2022Q2&fs=1')
    expect(screen.getByTestId('fs-prompt')).toHaveTextContent('按 F 全屏')
    press('f')
    await waitFor(() => expect(screen.queryByTestId('fs-prompt')).toBeNull())
  })
})
