// @vitest-environment node
/** The export namespace: the same keys and placeholders in both languages, no Chinese in the English. */
import { describe, expect, it } from 'vitest'
import { en, zh } from '../../../src/components/export/i18n'

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('export strings', () => {
  it('have the same keys and placeholders in zh and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
    for (const [k, v] of Object.entries(zh)) {
      const e = en[k as keyof typeof en]
      expect(e, k).toBeTruthy()
      expect(placeholders(e), k).toEqual(placeholders(v))
    }
  })
  it('keep English free of Chinese characters', () => {
    for (const [k, v] of Object.entries(en)) expect(v, k).not.toMatch(/[\u4e00-\u9fff]/)
  })
})
