import { describe, expect, it } from 'vitest'
import { safeLocalCopy, safeUrl, sourceHref } from '../../../src/domain/model/sources'

describe('safeUrl: only http(s) addresses become links', () => {
  it.each([
    ['https://www.qingdao.gov.cn/a?b=1#c', 'https://www.qingdao.gov.cn/a?b=1#c'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/x  ', 'https://example.org/x'],
  ])('%s → link', (input, href) => {
    expect(safeUrl(input)).toBe(href)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/x',
    '//evil.example/x',
    'https:\\\\evil.example',
    'http:/x',
    'sources/qdrb.txt',
    'not a url',
    '',
    null,
    undefined,
  ])('%j → text', (input) => {
    expect(safeUrl(input)).toBeNull()
  })
})

describe('safeLocalCopy: only relative paths inside the app folder', () => {
  it('keeps a bundled copy', () => {
    expect(safeLocalCopy('sources/qdrb-2022-07-26.txt')).toBe('sources/qdrb-2022-07-26.txt')
  })
  it.each([
    '../secret.txt',
    'sources/../../x',
    './x',
    '/etc/passwd',
    '//evil.example/x',
    'https://evil.example/x',
    'javascript:alert(1)',
    'data:,x',
    'sources/x.txt?y=1',
    'sources/x.txt#y',
    'sources\\x.txt',
    'sources//x.txt',
    '',
    null,
    'a'.repeat(301),
  ])('%j → not a link', (input) => {
    expect(safeLocalCopy(input)).toBeNull()
  })
})

describe('sourceHref', () => {
  it('prefers the original, falls back to a safe bundled copy, else nothing', () => {
    expect(sourceHref({ url: 'https://a.example/', localCopy: 'sources/a.txt' })).toBe('https://a.example/')
    expect(sourceHref({ url: 'data:text/html,x', localCopy: 'sources/a.txt' })).toBe('sources/a.txt')
    expect(sourceHref({ url: 'vbscript:x', localCopy: 'javascript:x' })).toBeNull()
    expect(sourceHref({ url: null, localCopy: null })).toBeNull()
  })
})
