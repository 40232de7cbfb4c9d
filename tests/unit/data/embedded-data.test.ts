// @vitest-environment jsdom
// The offline build's data block (src/lib/embedded-data.ts): what embedDataBlock writes into an HTML string,
// a real HTML parser (jsdom's DOMParser, as a browser would) gives back to readEmbeddedData unchanged —
// including file texts that contain '</script>', '<!--' or '$&' — and a second embed replaces the block.
import { describe, expect, it } from 'vitest'
import { DataFileError } from '../../../src/domain/model/validate'
import {
  dataBlockJson,
  EMBEDDED_DATA_ID,
  type EmbeddedData,
  embedDataBlock,
  readEmbeddedData,
} from '../../../src/lib/embedded-data'

const SHELL = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <title>擂台</title>
    <script type="module" crossorigin>console.log("</he" + "ad>")</script>
  </head>
  <body><div id="root"></div></body>
</html>
`
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')

const data = (text: string): EmbeddedData => ({
  manifest: { version: 1, datasets: { real: { note: '<b>not html</b>' } } },
  files: {
    'real/quarters/2022Q2.json': text,
    'real/districts.json': '[\n  { "id": "shinan", "name": "市南区" }\n]\n',
  },
})

const HOSTILE = [
  '{"title": "</script><script>alert(1)</script>"}\n',
  '{"note": "<!-- <script> -->", "x": "</SCRIPT >"}',
  '{"price": "$& $1 $$ $` $\'"}',
  '{"nl": "a\\nb", "quote": "\\"", "u": "\\u2028 \\u003c", "zh": "真抓实干、勇当排头"}',
]

describe('embedDataBlock / readEmbeddedData', () => {
  it.each(HOSTILE)('round-trips the file text %j exactly', (text) => {
    const html = embedDataBlock(SHELL, data(text))
    const doc = parse(html)
    expect(readEmbeddedData(doc)).toEqual(data(text))
    // Nothing escaped into the page: one data block, the app's one module script, no injected script.
    expect(doc.querySelectorAll('script')).toHaveLength(2)
    expect(doc.getElementById('root')).not.toBeNull()
  })

  it('writes no literal "<" inside the block, so no text can end or comment out the element', () => {
    const json = dataBlockJson(data(HOSTILE[0] as string))
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual(data(HOSTILE[0] as string))
  })

  it('inserts the block in the head, after <meta charset> and before the last </head>', () => {
    const html = embedDataBlock(SHELL, data('{}'))
    const at = html.indexOf(`id="${EMBEDDED_DATA_ID}"`)
    expect(at).toBeGreaterThan(html.indexOf('<meta charset'))
    expect(at).toBeGreaterThan(html.indexOf('console.log'))
    expect(at).toBeLessThan(html.lastIndexOf('</head>'))
    expect(parse(html).head.querySelector(`#${EMBEDDED_DATA_ID}`)).not.toBeNull()
  })

  it('replaces an existing block instead of adding a second one', () => {
    const once = embedDataBlock(SHELL, data('{"v": 1}'))
    const twice = embedDataBlock(once, data('{"v": "</script> $& 2"}'))
    expect(twice.match(new RegExp(`id="${EMBEDDED_DATA_ID}"`, 'g'))).toHaveLength(1)
    expect(readEmbeddedData(parse(twice))?.files['real/quarters/2022Q2.json']).toBe('{"v": "</script> $& 2"}')
    // Everything around the block is kept as it was.
    expect(twice.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '')).toBe(
      once.replace(/<script type="application\/json"[\s\S]*?<\/script>/, ''),
    )
  })

  it('finds a block whatever its attribute order', () => {
    const html = SHELL.replace(
      '</head>',
      `<script id='${EMBEDDED_DATA_ID}' type="application/json">{"manifest":{},"files":{}}</script></head>`,
    )
    const out = embedDataBlock(html, data('{"new": true}'))
    expect(out.match(new RegExp(EMBEDDED_DATA_ID, 'g'))).toHaveLength(1)
    expect(readEmbeddedData(parse(out))?.files['real/quarters/2022Q2.json']).toBe('{"new": true}')
  })

  it('works on a page without a head or body', () => {
    const out = embedDataBlock('<p>x</p>', data('{}'))
    expect(readEmbeddedData(parse(out))).toEqual(data('{}'))
  })
})

describe('readEmbeddedData', () => {
  it('is null when the page has no block (a served deployment fetches data/ instead)', () => {
    expect(readEmbeddedData(parse(SHELL))).toBeNull()
  })

  it.each([
    ['malformed JSON', '{"manifest":', 'malformed-json'],
    ['no manifest', '{"files":{}}', 'schema'],
    ['a file that is not text', '{"manifest":{},"files":{"a.json":{"x":1}}}', 'schema'],
  ])('names a broken block (%s) instead of falling back', (_what, json, kind) => {
    const doc = parse(
      SHELL.replace('</head>', `<script type="application/json" id="leitai-data">${json}</script></head>`),
    )
    let error: unknown
    try {
      readEmbeddedData(doc)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DataFileError)
    expect((error as DataFileError).file).toBe('index.html#leitai-data')
    expect((error as DataFileError).kinds).toEqual([kind])
  })
})
