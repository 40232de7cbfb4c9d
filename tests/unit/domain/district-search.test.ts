// District search: names, aliases, pinyin (the English names of Chinese districts) and pinyin initials,
// fast enough for a county's 3,000 units.
import { describe, expect, it } from 'vitest'
import { largeDistricts } from '../../../scripts/generate-demo.mjs'
import { matchDistricts, nameInitials, pinyinSyllables } from '../../../src/domain/model/district-search'
import { loadDistricts } from '../../fixtures/datasets'

const real = loadDistricts('real')
const ids = (q: string) => matchDistricts(real, q).map((d) => d.id)

describe('pinyin', () => {
  it.each([
    ['Shinan', ['shi', 'nan']],
    ['Huangdao', ['huang', 'dao']],
    ['Chengyang', ['cheng', 'yang']],
    ['Jiaozhou', ['jiao', 'zhou']],
    ['Laixi', ['lai', 'xi']],
  ])('%s splits into %j', (word, syllables) => {
    expect(pinyinSyllables(word)).toEqual(syllables)
  })
  it('a word that is not pinyin does not split', () => {
    expect(pinyinSyllables('West')).toBeNull()
  })
  it('initials of the pinyin and of the words', () => {
    expect(nameInitials('Huangdao (West Coast New Area)')).toEqual(['hd', 'hwcna'])
    expect(nameInitials('Demo District 0042')).toEqual(['dm', 'dd0042'])
  })
})

describe('matchDistricts', () => {
  it.each([
    ['西海岸', ['huangdao']],
    ['黄岛', ['huangdao']],
    ['huangdao', ['huangdao']],
    ['Huang Dao', ['huangdao']],
    ['hd', ['huangdao']],
    ['SN', ['shinan']],
    ['cy', ['chengyang']],
    ['jz', ['jiaozhou']],
  ])('%s finds %j', (q, expected) => {
    expect(ids(q)).toEqual(expected)
  })
  it('an empty query finds all; nothing matches nonsense', () => {
    expect(ids('  ')).toHaveLength(10)
    expect(ids('zzzz')).toEqual([])
  })
  it('3,000 units: by number, name and initials, each keystroke in a few ms', () => {
    const county = largeDistricts(3000)
    expect(matchDistricts(county, '示例区0042').map((d) => d.id)).toEqual(['d0042'])
    expect(matchDistricts(county, 'dd012').map((d) => d.id)).toHaveLength(10)
    const t0 = performance.now()
    for (const q of ['1', '12', '123', '1234', 'd', 'dd', 'dd1']) matchDistricts(county, q)
    expect((performance.now() - t0) / 7).toBeLessThan(50)
  })
})
