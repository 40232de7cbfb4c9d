/**
 * The layering lint (biome.jsonc overrides) fails where it should: a probe file is written into
 * the tree for a moment, linted with the project's real configuration, and removed.
 */
import { spawnSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const biome = join(root, 'node_modules', '.bin', 'biome')

function lint(files: Record<string, string>): { ok: boolean; output: string } {
  const paths = Object.keys(files)
  try {
    for (const [p, text] of Object.entries(files)) writeFileSync(join(root, p), text)
    const r = spawnSync(biome, ['lint', '--max-diagnostics=50', ...paths], { cwd: root, encoding: 'utf8' })
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` }
  } finally {
    for (const p of paths) rmSync(join(root, p), { force: true })
  }
}

const REJECTED: [name: string, path: string, text: string, rule: string][] = [
  [
    'React in the domain',
    'src/domain/rules/zz-probe.ts',
    "import { useState } from 'react'\nexport const x = useState\n",
    'noRestrictedImports',
  ],
  [
    'i18next in the domain',
    'src/domain/model/zz-probe.ts',
    "import i18n from 'i18next'\nexport const x = i18n\n",
    'noRestrictedImports',
  ],
  [
    'lib in the domain',
    'src/domain/tables/zz-probe.ts',
    "import { formatScore } from '../../lib/format'\nexport const x = formatScore\n",
    'noRestrictedImports',
  ],
  [
    'a feature importing another',
    'src/features/movement/zz-probe.ts',
    "import { RankingsTable } from '../rankings/rankings-table'\nexport const x = RankingsTable\n",
    'noRestrictedImports',
  ],
  [
    'a feature model importing React',
    'src/features/present/model/zz-probe.ts',
    "import { useMemo } from 'react'\nexport const x = useMemo\n",
    'noRestrictedImports',
  ],
  [
    'shared components importing a feature',
    'src/components/zz-probe.ts',
    "import { NewsRoute } from '../features/news/news-route'\nexport const x = NewsRoute\n",
    'noRestrictedImports',
  ],
  [
    'an import cycle',
    'src/domain/model/zz-cycle-a.ts',
    "import { b } from './zz-cycle-b'\nexport const a = () => b\n",
    'noImportCycles',
  ],
]
const SUPPORT = {
  'src/domain/model/zz-cycle-b.ts': "import { a } from './zz-cycle-a'\nexport const b = () => a\n",
}
const ALLOWED: [string, string] = [
  'src/features/news/zz-probe.ts',
  "import { formatScore } from '../../lib/format'\nimport { SECTION_IDS } from '../../domain/model/ids'\nexport const x = [formatScore, SECTION_IDS]\n",
]

// One biome run over every probe (a run costs about a second).
const { output } = lint({
  ...Object.fromEntries(REJECTED.map(([, path, text]) => [path, text])),
  ...SUPPORT,
  [ALLOWED[0]]: ALLOWED[1],
})
/** The rules biome reported for one file, e.g. ['noRestrictedImports']. */
const rulesFor = (path: string) =>
  [...output.matchAll(new RegExp(`${path.replaceAll('.', '\\.')}:\\d+:\\d+ lint/\\w+/(\\w+)`, 'g'))].map(
    (m) => m[1],
  )

describe('layering lint', () => {
  it.each(REJECTED)('rejects %s', (_name, path, _text, rule) => {
    expect(rulesFor(path)).toContain(rule)
  })

  it('accepts what the layering allows (a feature importing lib and domain)', () => {
    expect(output).toContain('zz-probe') // the run did lint the probes
    expect(rulesFor(ALLOWED[0])).toEqual([])
  })
})
