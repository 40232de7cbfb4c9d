/**
 * The app's useTranslation (src/lib/use-translation.ts): the same strings as i18next's own t, re-renders
 * on a language change, and its result cache never serves a string that a bundle added later changed.
 */
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n, setLanguage } from '../../src/lib/i18n'
import { useTranslation } from '../../src/lib/use-translation'

afterEach(async () => {
  await act(() => setLanguage('zh'))
})

function Probe({ k, n }: { k: string; n?: number }) {
  const { t, i18n: instance } = useTranslation()
  // biome-ignore lint/suspicious/noExplicitAny: keys chosen by the test at run time
  const text = (t as any)(k, n === undefined ? undefined : { n })
  return (
    <p data-testid="probe" lang={instance.language}>
      {String(text)}
    </p>
  )
}

describe('useTranslation', () => {
  it('gives what i18next gives, with and without options', () => {
    const { rerender } = render(<Probe k="rankOrdinal" n={3} />)
    expect(screen.getByTestId('probe').textContent).toBe(i18n.t('rankOrdinal', { n: 3 }))
    expect(screen.getByTestId('probe').textContent).toContain('3')
    rerender(<Probe k="rankOrdinal" n={7} />)
    // A cached result for n=3 must not answer for n=7.
    expect(screen.getByTestId('probe').textContent).toBe(i18n.t('rankOrdinal', { n: 7 }))
    expect(screen.getByTestId('probe').textContent).toContain('7')
  })

  it('re-renders in the new language when the language changes', async () => {
    i18n.addResourceBundle('zh', 'common', { testOnly: { hello: '你好' } }, true, true)
    i18n.addResourceBundle('en', 'common', { testOnly: { hello: 'Hello' } }, true, true)
    render(<Probe k="testOnly.hello" />)
    expect(screen.getByTestId('probe').textContent).toBe('你好')
    await act(() => setLanguage('en'))
    expect(screen.getByTestId('probe').textContent).toBe('Hello')
    expect(screen.getByTestId('probe').getAttribute('lang')).toBe('en')
    await act(() => setLanguage('zh'))
    expect(screen.getByTestId('probe').textContent).toBe('你好')
  })

  it('forgets cached strings when a bundle adds the key they lacked', () => {
    const key = 'testOnly.lateArrival'
    const { rerender } = render(<Probe k={key} />)
    // Missing: i18next answers with the key, and that answer is cached.
    expect(screen.getByTestId('probe').textContent).toBe(key)
    i18n.addResourceBundle('zh', 'common', { testOnly: { lateArrival: '迟到的字符串' } }, true, true)
    rerender(<Probe k={key} n={1} />)
    rerender(<Probe k={key} />)
    expect(screen.getByTestId('probe').textContent).toBe('迟到的字符串')
  })
})
