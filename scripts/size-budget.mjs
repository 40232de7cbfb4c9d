// Per-route size budgets (gzip), checked by `npm test` after the build with size-limit:
//   npx size-limit --config scripts/size-budget.mjs
// Each route counts what the browser must fetch before the view can render: the entry chunk, the
// route's own lazy chunk, and every chunk they import statically (from Vite's build manifest,
// dist/.vite/manifest.json), plus the entry CSS. The limits are ratchets at today's sizes plus a
// little room, so a change that makes a first view heavier fails here and says by how much. Issue 10's
// goal for the rankings first view is 110 kB of JS. It was 102 kB (Preact, no zod, declarative routes); the
// export toolbar, rules links, popover, default view, icons, validation wording and honest-neighbour marks of
// issues 11–13 brought it to 110.35 kB (2026-12-02), just over that goal; the first view's English (the shared
// and the rankings strings, fetched only for lang=en: src/lib/i18n.ts loadLanguage) brought it back to
// 108.6 kB (2026-12-03); 我的区市 (the home district's highlight, 0.5 kB) and the one-line phone header took it
// to 109.8 kB with the flags' rules links and the header's own tabs (2026-12-03). Its limit is under the goal, so the goal itself is enforced.
import { existsSync, readFileSync } from 'node:fs'

const manifestUrl = new URL('../dist/.vite/manifest.json', import.meta.url)
if (!existsSync(manifestUrl)) throw new Error('dist/.vite/manifest.json is missing: run `vite build` first')
const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'))

/** A manifest key and every chunk it imports statically. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key]
  if (!chunk) throw new Error(`size budget: ${key} is not in the build manifest`)
  if (seen.has(key)) return seen
  seen.add(key)
  for (const imported of chunk.imports ?? []) closure(imported, seen)
  return seen
}

const js = (...keys) =>
  [...new Set(keys.flatMap((k) => [...closure(k)]))].map((k) => `../dist/${manifest[k].file}`)
const css = [...new Set([...closure('index.html')].flatMap((k) => manifest[k].css ?? []))].map(
  (f) => `../dist/${f}`,
)
// The entry only paints and then imports the app (src/start.tsx), which every view needs.
const route = (name, limit, ...lazy) => ({
  name,
  path: js('index.html', 'src/start.tsx', ...lazy),
  limit,
  gzip: true,
})

export default [
  route('rankings first view (JS)', '109.9 kB'),
  { name: 'first view (CSS)', path: css, limit: '9.6 kB', gzip: true },
  route('movement (JS)', '129.4 kB', 'src/features/movement/movement-route.tsx'),
  route('district page (JS)', '134.1 kB', 'src/features/districts/districts-route.tsx'),
  route('news (JS)', '115.7 kB', 'src/features/news/news-route.tsx'),
  route('rules page (JS)', '115 kB', 'src/features/rules/rules-route.tsx'),
  route('presentation (JS)', '133 kB', 'src/features/present/present-route.tsx'),
  route(
    'import (JS, the xlsx reader is loaded only for a workbook)',
    '165.1 kB',
    'src/features/import/import-route.tsx',
  ),
]
