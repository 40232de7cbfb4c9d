import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { exportBackup, resetLocalLayerForTests, setImportPreview } from '../../src/lib/local-layer'
import { preloadRoutes, ROUTE_PRELOAD_TIMEOUT, renderApp, stubDataFetch } from './test-utils'

beforeAll(preloadRoutes, ROUTE_PRELOAD_TIMEOUT)
beforeEach(() => resetLocalLayerForTests())
afterEach(() => {
  setImportPreview(null)
  vi.unstubAllGlobals()
})

const PAGE = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'notices', '2022-07-26-qdrb-page.txt'),
  'utf8',
)
const NOTICE_2024 = PAGE.split('\n')
  .slice(52, 99)
  .join('\n')
  .replace('2022年二季度', '2024年二季度')
  .replace('2022年7月26日', '2024年7月26日')

async function openImport(text: string, path = '/import') {
  stubDataFetch()
  const user = userEvent.setup()
  const app = await renderApp(path, { seed: true })
  const box = await screen.findByRole('textbox', {
    name: path.includes('lang=en') ? 'Notice text' : '通报文本',
  })
  await user.click(box)
  await user.paste(text)
  return { ...app, user }
}

describe('import view', () => {
  it('shows what the pasted notice gives: tables, flags, the movement and the star-rule notes', async () => {
    await openImport(NOTICE_2024)
    const review = screen.getByTestId('import-review')
    await waitFor(() =>
      expect(within(review).getByTestId('import-summary')).toHaveTextContent(
        '3 张表、25 行、2 面红旗、1 条位次变动',
      ),
    )
    expect(within(screen.getByTestId('review-table-economy')).getAllByRole('row')).toHaveLength(11)
    expect(screen.getAllByTestId('problem-warning')).toHaveLength(5)
    expect(screen.queryAllByTestId('problem-error')).toHaveLength(0)
    expect(screen.getByTestId('review-flag-rise')).toHaveTextContent('市南区')
    expect(screen.getByRole('button', { name: '保存到本机' })).toBeEnabled()
  })

  it('names an unknown district with its line and column, and does not allow saving', async () => {
    await openImport(NOTICE_2024.replace('\t平度市\t49.91', '\t平度县\t49.91'))
    const error = await screen.findByTestId('problem-error')
    const line = NOTICE_2024.split('\n').findIndex((l) => l.includes('平度市')) + 1
    expect(error).toHaveTextContent(`第${line}行第2列：未知区市「平度县」`)
    expect(screen.getByRole('button', { name: '保存到本机' })).toBeDisabled()
  })

  it('saves into the local layer; rankings then shows the quarter, marked 本地导入（未发布）', async () => {
    const { user, router } = await openImport(NOTICE_2024)
    await user.click(await screen.findByRole('button', { name: '保存到本机' }))
    await screen.findByText(/已保存 2024年二季度 到本机/)
    expect(within(screen.getByTestId('local-quarters')).getByText('2024年二季度')).toBeInTheDocument()
    await act(() => router.navigate('/rankings?quarter=2024Q2&section=economy'))
    expect(await screen.findByTestId('local-banner')).toHaveTextContent('2024年二季度为本地导入（未发布）')
    const rows = await screen.findAllByRole('row')
    expect(rows.some((r) => /黄岛区[\s\S]*54\.96/.test(r.textContent ?? ''))).toBe(true)
    expect(screen.getByRole('option', { name: /2024年二季度 · 本地导入（未发布）/ })).toBeInTheDocument()
  })

  it('the preview shows the parse in every view, marked 导入预览, without saving', async () => {
    const { user, router } = await openImport(NOTICE_2024)
    await user.click(await screen.findByTestId('import-preview-toggle'))
    await act(() => router.navigate('/districts/shinan?quarter=2024Q2'))
    expect(await screen.findByTestId('preview-banner')).toHaveTextContent('导入预览：2024年二季度尚未保存')
    expect(screen.queryByTestId('local-banner')).toBeNull()
  })

  it('words its problems in English under lang=en', async () => {
    await openImport(NOTICE_2024.replace('\t平度市\t49.91', '\t平度县\t49.91'), '/import?lang=en')
    expect(await screen.findByTestId('problem-error')).toHaveTextContent(
      /line \d+, column 2: Unknown district "平度县"/,
    )
  })
})

describe('backup and hand-over', () => {
  it('the exported local layer imports again on another machine (validated), and lists its quarters', async () => {
    const { user } = await openImport(NOTICE_2024)
    await user.click(await screen.findByRole('button', { name: '保存到本机' }))
    await screen.findByTestId('local-quarters')
    const backup = await exportBackup()
    expect(backup.quarters.map((q) => q.quarter)).toEqual(['2024Q2'])

    resetLocalLayerForTests()
    await user.click(screen.getByRole('button', { name: '清空' }))
    stubDataFetch()
    const app = await renderApp('/import', { seed: true })
    const input = (await within(app.container).findByTestId('import-backup')) as HTMLInputElement
    await user.upload(
      input,
      new File([JSON.stringify(backup)], 'leitai-local.json', { type: 'application/json' }),
    )
    expect(await within(app.container).findByText('备份中有 1 个季度；已导入 1 个。')).toBeInTheDocument()
    expect(
      within(await within(app.container).findByTestId('local-quarters')).getByText('2024年二季度'),
    ).toBeInTheDocument()
  })

  it('a file that is not a backup is named and changes nothing', async () => {
    const { user } = await openImport('')
    const input = screen.getByTestId('import-backup') as HTMLInputElement
    await user.upload(input, new File(['{"format":"other"}'], 'x.json', { type: 'application/json' }))
    expect(await screen.findByText(/x\.json 不是有效的擂台备份/)).toBeInTheDocument()
    expect(screen.queryByTestId('local-quarters')).toBeNull()
  })
})
