// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { resultsLink } from '../../../src/features/present/model/results-link'

describe('resultsLink', () => {
  it.each([
    [
      'http://127.0.0.1:4173/#/present?deck=arena&quarter=2022Q2&slide=17',
      { dataset: 'real', lang: 'zh' },
      'http://127.0.0.1:4173/#/rankings?quarter=2022Q2',
    ],
    [
      'https://x.test/leitai/index.html?v=2#/present?deck=overview&theme=projection&auto=1&dataset=demo&lang=en',
      { dataset: 'demo', lang: 'en' },
      'https://x.test/leitai/index.html?v=2#/rankings?quarter=2022Q2&dataset=demo&lang=en',
    ],
    [
      'file:///media/usb/leitai.html#/present?quarter=2022Q2&timer=120',
      { dataset: 'real', lang: 'en' },
      'file:///media/usb/leitai.html#/rankings?quarter=2022Q2&lang=en',
    ],
  ] as const)('%s → %s', (href, globals, expected) => {
    expect(resultsLink(href, '2022Q2', globals)).toBe(expected)
  })

  it('never carries presentation-only settings', () => {
    const link = resultsLink(
      'http://h/#/present?deck=arena&slide=3&timer=60&auto=1&fs=1&theme=projection',
      '2023Q3',
      { dataset: 'real', lang: 'zh' },
    )
    expect(link).toBe('http://h/#/rankings?quarter=2023Q3')
  })
})
