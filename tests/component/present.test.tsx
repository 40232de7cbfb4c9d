import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { preloadRoutes, ROUTE_PRELOAD_TIMEOUT, renderApp, stubDataFetch } from './test-utils'

beforeAll(preloadRoutes, ROUTE_PRELOAD_TIMEOUT)
afterEach(() => vi.unstubAllGlobals())

const press = (key: string) => fireEvent.keyDown(window, { key })
const slide = () => screen.getByTestId('slide')
const slideId = () => slide().getAttribute('data-slide-id')
const counter = () => screen.getByTestId('slide-counter').textContent

async function openDeck(path: string) {
  stubDataFetch() // still needed: the reload test refetches through fetch
  const app = await renderApp(path, { seed: true })
  await waitFor(() => expect(slideId()).not.toBe(''))
  return app
}

describe('presentation mode', () => {
  it('opens the 2022Q2 arena deck on its title slide, in the projection theme, without the app header', async () => {
    await openDeck('/present?deck=arena&quarter=2022Q2')
    expect(slideId()).toBe('title')
    expect(counter()).toBe('1 / 17')
    expect(slide()).toHaveTextContent('2022年二季度')
    expect(slide()).toHaveTextContent('2022年7月26日 通报')
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
    await waitFor(() => expect(slideId()).toBe('board:overall'))
    press('ArrowRight')
    press(' ')
    await waitFor(() => expect(slideId()).toBe('board:urban'))
    press('PageUp')
    await waitFor(() => expect(slideId()).toBe('board:economy'))
    expect(router.state.location.search).toContain('slide=4')
  })

  it('digits + Enter jump to the first speaker card: 黄岛区 with a 5:00 timer in 准备 that T starts and pauses', async () => {
    await openDeck('/present?quarter=2022Q2')
    press('7')
    expect(await screen.findByTestId('jump-prompt')).toHaveTextContent('跳到第 7 张')
    press('Enter')
    await waitFor(() => expect(slideId()).toBe('district:huangdao'))
    expect(screen.getByTestId('card-name')).toHaveTextContent('黄岛区')
    expect(slide()).toHaveTextContent('发言 1 / 10')
    expect(slide()).toHaveTextContent('90.00分')
    const timer = screen.getByTestId('speaker-timer')
    expect(screen.getByTestId('timer-display').textContent).toBe('5:00')
    expect(timer).toHaveAttribute('data-running', 'false')
    expect(timer).toHaveAttribute('data-ready', 'true')
    expect(screen.getByTestId('timer-state')).toHaveTextContent('准备')
    press('t')
    await waitFor(() => expect(screen.getByTestId('speaker-timer')).toHaveAttribute('data-running', 'true'))
    expect(screen.getByTestId('timer-state')).not.toHaveTextContent('准备')
    press('t')
    await waitFor(() => expect(screen.getByTestId('speaker-timer')).toHaveAttribute('data-running', 'false'))
  })

  it('takes the timer length from the URL', async () => {
    await openDeck('/present?quarter=2022Q2&slide=7&timer=62&autostart=1')
    expect(screen.getByTestId('timer-display').textContent).toMatch(/^1:0[12]$/)
  })

  it('cards with an unknown composite rank say 未公布 and the order rule', async () => {
    await openDeck('/present?quarter=2022Q2&slide=12')
    expect(screen.getByTestId('card-name')).toHaveTextContent('市北区')
    expect(slide()).toHaveTextContent('综合位次未公布')
    expect(slide()).toHaveTextContent('其余按区市名录顺序：市北区、李沧区、城阳区、平度市和莱西市')
    expect(slide().textContent).not.toMatch(/综合\s*第0位|0\.00分/)
  })

  it('reopens the URL’s slide and keeps it when the data reloads', async () => {
    const { client } = await openDeck('/present?quarter=2022Q2&slide=10')
    expect(slideId()).toBe('district:jimo')
    await act(async () => {
      await client.resetQueries()
    })
    await waitFor(() => expect(slideId()).toBe('district:jimo'))
    expect(counter()).toBe('10 / 17')
  })

  it('clamps an out-of-range slide to the last one', async () => {
    const { router } = await openDeck('/present?quarter=2022Q2&slide=99')
    expect(slideId()).toBe('closing')
    await waitFor(() => expect(router.state.location.search).toContain('slide=17'))
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
    expect(total).toBe(19)
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
    await renderApp('/present?quarter=2019Q1', { seed: true })
    expect(await screen.findByRole('alert')).toHaveTextContent('没有 2019Q1 的数据')
    expect(screen.getByRole('alert')).toHaveTextContent('2022Q2')
  })

  it('shows the full-screen prompt for fs=1 and hides it on a key press', async () => {
    await openDeck('/present?quarter=2022Q2&fs=1')
    expect(screen.getByTestId('fs-prompt')).toHaveTextContent('按 F 全屏')
    press('f')
    await waitFor(() => expect(screen.queryByTestId('fs-prompt')).toBeNull())
  })

  it('2022Q1 podium: derived ranks are not counted as published, and the derived pillar is marked', async () => {
    await openDeck('/present?quarter=2022Q1&slide=2')
    expect(slideId()).toBe('podium')
    expect(screen.getByTestId('podium-known')).toHaveTextContent(
      '综合位次已公布 2 / 10 个区市，另有 2 个按规则推算',
    )
    expect(slide()).not.toHaveTextContent('已公布 4 / 10')
    // 崂山区 3rd is derived by rule (and from news/reposts only): "第3名*†"; the * and † are footnoted.
    expect(screen.getByTestId('pillar-3')).toHaveTextContent(/^第3名\*†$/)
    expect(screen.getByTestId('pillar-1')).toHaveTextContent(/^第1名†$/)
    expect(slide()).toHaveTextContent('* 按规则推算')
    expect(screen.getByTestId('secondhand-note')).toHaveTextContent('半岛都市报（新闻报道）')
  })

  it('a link without a quarter opens on the newest quarter with a complete table (2022Q2), not the sparse 2023Q3', async () => {
    await openDeck('/present')
    await waitFor(() => expect(slide()).toHaveTextContent('2022年二季度'))
    expect(counter()).toBe('1 / 17')
  })

  it('the 2023Q3 deck marks 新华财经’s figures as second-hand and lists it on the closing slide', async () => {
    await openDeck('/present?quarter=2023Q3')
    expect(slide()).toHaveTextContent('2023年三季度')
    press('PageDown')
    await waitFor(() => expect(slideId()).toBe('podium'))
    expect(slide()).toHaveTextContent('98.30分†')
    expect(screen.getByTestId('pillar-2')).toHaveTextContent(/^第2名\*$/)
    expect(screen.getByTestId('secondhand-note')).toHaveTextContent(
      '† 据新华财经（转载于 task.cuishai.com；二手来源），非考核委员会成绩表',
    )
    // The full composite table: 黄岛区 published (second-hand), 胶州市 derived, the other eight 未公布.
    press('PageDown')
    await waitFor(() => expect(slideId()).toBe('board:overall'))
    expect(slide().querySelectorAll('tr[data-district]')).toHaveLength(10)
    expect(screen.getByTestId('board-partial')).toHaveTextContent('已公布 1 / 10 个区市，另有 1 个按规则推算')
    // 市北区's rise flag bounds its rise although 2023Q2 has no file: the movers slide says ▲≥2.
    press('PageDown')
    await waitFor(() => expect(slideId()).toBe('movers'))
    expect(slide()).toHaveTextContent('市北区')
    expect(slide()).toHaveTextContent('▲≥2')
    press('PageDown')
    await waitFor(() => expect(slideId()).toBe('district:huangdao'))
    expect(slide()).toHaveTextContent('98.30分†')
    expect(slide()).toHaveTextContent('共38星†')
    expect(screen.getByTestId('secondhand-note')).toHaveTextContent('新华财经')
    // 胶州市's card: its rank is derived from the notice's flag and is not second-hand.
    press('PageDown')
    await waitFor(() => expect(slideId()).toBe('district:jiaozhou'))
    expect(slide()).toHaveTextContent('第2位*')
    expect(slide()).not.toHaveTextContent('第2位*†')
    press('End')
    await waitFor(() => expect(slideId()).toBe('closing'))
    const items = [...screen.getByTestId('closing-sources').querySelectorAll('li')].map(
      (li) => li.textContent,
    )
    expect(items).toEqual([
      '青岛市综合考核委员会，刊于青岛日报（finance.qingdaonews.com） 2023年11月7日',
      '新华财经（转载于 task.cuishai.com；二手来源） 2023年11月7日',
    ])
    expect(slide()).toHaveTextContent('综合成绩：已公布 1 / 10，另有 1 个按规则推算')
    expect(slide()).not.toHaveTextContent('仅公布 2 / 10')
  })

  it('the English closing slide says the same', async () => {
    await openDeck('/present?quarter=2023Q3&lang=en&slide=99')
    await waitFor(() => expect(slideId()).toBe('closing'))
    expect(slide()).toHaveTextContent('1 of 10 published, 1 more derived by rule')
    expect(screen.getByTestId('closing-sources')).toHaveTextContent(
      '新华财经 (转载于 task.cuishai.com; secondary source), 7 November 2023',
    )
    expect(screen.getByTestId('closing-sources')).toHaveTextContent(
      '青岛市综合考核委员会; 刊于青岛日报（finance.qingdaonews.com）, 7 November 2023',
    )
  })

  it('a section board drops a change column that is unknown on every row, and says so once', async () => {
    await openDeck('/present?quarter=2022Q2&slide=4')
    expect(slideId()).toBe('board:economy')
    const headers = [...slide().querySelectorAll('thead th')].map((th) => th.textContent)
    expect(headers).not.toContain('较上季度')
    expect(slide()).not.toHaveTextContent('? 较2022年一季度')
    expect(screen.getByTestId('change-unknown')).toHaveTextContent('较上季度（2022Q1）位次变化：未公布')
  })

  it('the composite board, where some changes are known, keeps the change column', async () => {
    await openDeck('/present?deck=overview&quarter=2022Q2')
    expect(slideId()).toBe('board:overall')
    expect([...slide().querySelectorAll('thead th')].map((th) => th.textContent)).toContain('较上季度')
    expect(screen.queryByTestId('change-unknown')).toBeNull()
  })

  it('words dates, lists and names through the shared formats, in English too', async () => {
    await openDeck('/present?quarter=2022Q2&lang=en')
    expect(slide()).toHaveTextContent('Q2 2022')
    expect(slide()).toHaveTextContent('Notice of 26 July 2022')
    expect(slide()).toHaveTextContent('Projects signed & landed not published')
    press('End')
    press('PageUp')
    await waitFor(() => expect(slideId()).toBe('district:laixi'))
    expect(slide()).toHaveTextContent(
      'then the districts-file order: Shibei, Licang, Chengyang, Pingdu and Laixi',
    )
  })

  it('the movers slide: ▲▼ with the shared wording, the unchanged and unknown districts as lists', async () => {
    await openDeck('/present?quarter=2022Q2&slide=6')
    expect(slideId()).toBe('movers')
    expect(slide()).toHaveTextContent('▲2较上季度较2022年一季度上升2位（来源原文所述）市南区')
    // 市南区's 2022Q1 rank is derived from the stated rise: marked *, its rule read out to screen readers.
    expect(slide()).toHaveTextContent(
      '第7*（推算：上季度位次 = 本季度位次 + 较上季度上升位次） → 第5 · 来源原文所述',
    )
    expect(slide()).toHaveTextContent('持平：黄岛区、胶州市和崂山区*')
    expect(slide()).toHaveTextContent(
      '位次变化未知（6 个区市）：即墨区、市北区、李沧区、城阳区、平度市和莱西市',
    )
    expect(screen.getByTestId('slope-chart')).toHaveAccessibleName(
      '2022年一季度 与 2022年二季度 综合位次对比图',
    )
  })

  it('stars, flags and changes on slides are the shared marks: one label, one flag name, one ▲▼ wording', async () => {
    await openDeck('/present?quarter=2022Q2&slide=4')
    expect(slideId()).toBe('board:economy')
    // 黄岛区 printed 9★ where the rule gives 10★: a projected slide shows the printed stars only
    // (the disagreement is in 数据说明, not told to the room as a "规则" badge).
    // Printed 9, 9, 8, 8, 6, 5, 4, 3, 2, 1: 黄岛区 and 胶州市 both show 9.
    expect(screen.getAllByRole('img', { name: '9星（满10星）' })).toHaveLength(2)
    expect(slide()).not.toHaveTextContent('规则')
    expect(slide().textContent).not.toMatch(/按规则应为/)
    press('7')
    press('Enter')
    await waitFor(() => expect(slideId()).toBe('district:huangdao'))
    expect(slide()).toHaveTextContent('真抓实干、勇当排头')
    expect(slide()).toHaveTextContent('持平较上季度推算较2022年一季度持平（由公布数字计算）')
  })

  it('a click on the right half advances, on the left half goes back; a click on a control does only that', async () => {
    await openDeck('/present?quarter=2022Q2')
    const stage = screen.getByTestId('present')
    fireEvent.click(stage, { clientX: window.innerWidth * 0.8, clientY: 300 })
    await waitFor(() => expect(slideId()).toBe('podium'))
    fireEvent.click(stage, { clientX: window.innerWidth * 0.8, clientY: 300 })
    await waitFor(() => expect(slideId()).toBe('board:overall'))
    fireEvent.click(stage, { clientX: window.innerWidth * 0.2, clientY: 300 })
    await waitFor(() => expect(slideId()).toBe('podium'))
    // The help hint is a real button: it opens the help and does not turn the slide.
    fireEvent.click(screen.getByRole('button', { name: '? 键盘帮助' }))
    expect(await screen.findByTestId('help-overlay')).toBeInTheDocument()
    expect(slideId()).toBe('podium')
  })

  it('the control bar shows on mouse movement, hides after 2.5 s, and its named buttons work', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      await openDeck('/present?quarter=2022Q2&slide=7')
      const bar = screen.getByRole('toolbar', { name: '放映控制' })
      act(() => {
        vi.advanceTimersByTime(3000)
      })
      expect(bar).toHaveAttribute('data-shown', 'false')
      fireEvent.mouseMove(window)
      expect(bar).toHaveAttribute('data-shown', 'true')
      for (const name of ['上一张', '下一张', '全屏', '计时', '黑屏', '退出', '帮助'])
        expect(screen.getByRole('button', { name })).toBeInTheDocument()
      // 计时 starts the waiting speaker timer; 下一张 moves on.
      expect(screen.getByTestId('speaker-timer')).toHaveAttribute('data-ready', 'true')
      fireEvent.click(screen.getByRole('button', { name: '计时' }))
      await waitFor(() => expect(screen.getByTestId('speaker-timer')).toHaveAttribute('data-running', 'true'))
      fireEvent.click(screen.getByRole('button', { name: '下一张' }))
      await waitFor(() => expect(slideId()).toBe('district:jiaozhou'))
      act(() => {
        vi.advanceTimersByTime(2600)
      })
      expect(bar).toHaveAttribute('data-shown', 'false')
    } finally {
      vi.useRealTimers()
    }
  })

  it('a click on the waiting timer starts it without turning the slide', async () => {
    await openDeck('/present?quarter=2022Q2&slide=7')
    fireEvent.click(screen.getByTestId('timer-display'))
    await waitFor(() => expect(screen.getByTestId('speaker-timer')).toHaveAttribute('data-running', 'true'))
    expect(slideId()).toBe('district:huangdao')
  })

  it('Esc in full screen only exits full screen; the next Esc leaves', async () => {
    const { router } = await openDeck('/present?quarter=2022Q2')
    let fullscreen: Element | null = document.documentElement
    const exit = vi.fn(async () => {
      fullscreen = null
    })
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreen })
    Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: exit })
    try {
      press('Escape')
      expect(exit).toHaveBeenCalledTimes(1)
      expect(router.state.location.pathname).toBe('/present')
      expect(slideId()).toBe('title')
      press('Escape')
      await waitFor(() => expect(router.state.location.pathname).toBe('/rankings'))
      expect(exit).toHaveBeenCalledTimes(1)
    } finally {
      // jsdom's own (absent) API again for the other tests.
      delete (document as { fullscreenElement?: unknown }).fullscreenElement
      delete (document as { exitFullscreen?: unknown }).exitFullscreen
    }
  })
})

describe('what the deck waits for, and what it says about its link', () => {
  it('a slow later quarter (2022Q2 never answers) does not hold up the 2022Q1 deck', async () => {
    const served = stubDataFetch()
    let slowAsked = false
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
      if (url.includes('quarters/2022Q2.json')) {
        slowAsked = true
        return new Promise<Response>(() => {})
      }
      return served(input, init)
    })
    await renderApp('/present?deck=arena&quarter=2022Q1')
    // Well inside the 8 s per-file timeout: the deck did not wait for the hanging file.
    await waitFor(() => expect(slideId()).toBe('title'), { timeout: 5000 })
    expect(slowAsked).toBe(true)
    expect(slide()).toHaveTextContent('2022年一季度')
  })

  it('names parameters it did not understand, small in a corner, and still shows the deck', async () => {
    await openDeck('/present?quarter=2022Q2&slide=-1&timer=5&auto=maybe&deck=x')
    const problems = screen.getByTestId('param-problems')
    for (const p of ['slide', 'timer', 'auto', 'deck']) expect(problems).toHaveTextContent(p)
    expect(problems.className).toContain('text-xs')
    expect(slideId()).toBe('title')
  })

  it('a clean link names nothing', async () => {
    await openDeck('/present?quarter=2022Q2&slide=2')
    expect(screen.queryByTestId('param-problems')).toBeNull()
  })
})
