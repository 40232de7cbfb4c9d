import { describe, expect, it } from 'vitest'
import { declaredLicence, permissive } from '../../../scripts/licences.mjs'

describe('permissive(SPDX expression)', () => {
  it.each([
    ['MIT', true],
    ['Apache-2.0', true],
    ['(MIT OR GPL-3.0-or-later)', true],
    ['MIT AND ISC AND BSD-3-Clause', true],
    ['(MIT AND Zlib)', true],
    ['GPL-3.0-or-later', false],
    ['MIT AND GPL-2.0', false],
    ['(GPL-2.0 OR LGPL-3.0)', false],
    ['AGPL-3.0', false],
    ['SEE LICENSE IN LICENSE.md', false],
    ['UNLICENSED', false],
    ['', false],
    ['(MIT', false],
    ['MIT OR', false],
  ])('%s → %s', (expression, expected) => {
    expect(permissive(expression)).toBe(expected)
  })

  it('a missing licence is not permissive', () => {
    expect(permissive(undefined)).toBe(false)
    expect(permissive(null)).toBe(false)
  })
})

describe('declaredLicence(package.json)', () => {
  it('reads license, the old { type } form and the licenses array', () => {
    expect(declaredLicence({ license: 'ISC' })).toBe('ISC')
    expect(declaredLicence({ license: { type: 'MIT' } })).toBe('MIT')
    expect(declaredLicence({ licenses: [{ type: 'MIT' }, 'Apache-2.0'] })).toBe('MIT OR Apache-2.0')
    expect(declaredLicence({})).toBeNull()
  })
})
