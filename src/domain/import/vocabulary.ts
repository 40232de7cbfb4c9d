/**
 * The words of a notice the importer recognises: section names and their variants, flag names,
 * table headers, and district names with their aliases (longest first, so 青岛西海岸新区 wins over
 * 西海岸). Kept apart from the parser so a new wording is one line here.
 */
import type { FlagId, SectionId } from '../model/ids'
import type { District } from '../model/schema'

/** Names a notice or a sheet uses for each section, most specific first. */
const SECTION_WORDS: Record<SectionId, readonly string[]> = {
  economy: ['经济运行'],
  projects: ['项目签约落地', '项目签约', '项目落地', '招商引资'],
  urban: ['城市更新建设', '城市更新和城市建设', '城市更新'],
  business: ['优化营商环境', '营商环境'],
}

/** Words naming the composite table (in a caption, heading or sheet name). */
const COMPOSITE_WORDS = ['综合成绩', '综合得分', '综合排名', '综合'] as const

/** The red flags as the notices name them. */
const FLAG_WORDS: Record<FlagId, string> = {
  top: '真抓实干、勇当排头',
  rise: '加压奋进、进位赶超',
}

const squash = (s: string) => s.replace(/[\s、，,·]/g, '')

/** Example: flagOf('真抓实干，勇当排头') → 'top' */
export function flagOf(name: string): FlagId | null {
  const n = squash(name)
  for (const [id, words] of Object.entries(FLAG_WORDS) as [FlagId, string][])
    if (squash(words) === n) return id
  return null
}

/** The section a caption starts with, ignoring ordinals and markup. Example: '（一）经济运行（权重60分）' → 'economy' */
export function sectionAt(caption: string): { id: SectionId; end: number } | null {
  const lead = caption.match(
    /^[\s#*>]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十]+[部分项]?[、.．:：]?)?\s*/,
  )
  const from = lead ? lead[0].length : 0
  const rest = caption.slice(from)
  let best: { id: SectionId; end: number } | null = null
  for (const [id, words] of Object.entries(SECTION_WORDS) as [SectionId, readonly string[]][])
    for (const w of words)
      if (rest.startsWith(w) && (!best || from + w.length > best.end)) best = { id, end: from + w.length }
  return best
}

/** Whether a caption or sheet name names the composite. Example: '一、综合成绩' → true */
export function isCompositeCaption(caption: string): boolean {
  const t = caption.replace(
    /^[\s#*>]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])?\s*/,
    '',
  )
  return COMPOSITE_WORDS.some((w) => t.startsWith(w))
}

export type HeaderRole = 'rank' | 'district' | 'score' | 'stars' | 'section' | 'other'

/** The role of a table header cell. Example: headerRole('摘星情况') → 'stars' */
export function headerRole(cell: string): HeaderRole | null {
  const t = cell.replace(/\s/g, '')
  if (!t) return null
  if (/(变化|变动|升降|较上|进退)/.test(t)) return 'other'
  if (/^(综合|本季度)?(位次|排名|名次|排序|位序)$/.test(t)) return 'rank'
  if (/^(区市|区（市）|区\(市\)|区市名称|单位|地区|区县|区（市、县）|名称|区域)$/.test(t)) return 'district'
  if (/星/.test(t)) return 'stars'
  if (/(得分|分数|分值|总分|^成绩$|综合成绩$)/.test(t)) return 'score'
  if (/^(单项板块|板块|考核板块|板块名称|类别)$/.test(t)) return 'section'
  if (/^(序号|备注|说明|变动|较上季度)$/.test(t)) return 'other'
  return null
}

/** Finds district names and aliases in text. */
export type DistrictMatcher = {
  /** The district a whole cell names (exact name or alias, spaces ignored). */
  cell(text: string): string | null
  /** Every district named in `text`, in order of appearance, each once, with its position. */
  mentions(text: string): { id: string; index: number; end: number }[]
}

/** Example: districtMatcher(real).cell('西海岸新区') → 'huangdao' */
export function districtMatcher(districts: readonly District[]): DistrictMatcher {
  const names: { name: string; id: string }[] = []
  for (const d of districts)
    for (const n of [d.name, ...d.aliases]) if (/\p{Script=Han}/u.test(n)) names.push({ name: n, id: d.id })
  names.sort((a, b) => b.name.length - a.name.length)
  const exact = new Map<string, string>()
  for (const d of districts)
    for (const n of [d.name, ...d.aliases, d.id, d.nameEn])
      exact.set(n.replace(/\s/g, '').toLowerCase(), d.id)
  return {
    cell: (text) => exact.get(text.replace(/\s/g, '').toLowerCase()) ?? null,
    mentions(text) {
      const out: { id: string; index: number; end: number }[] = []
      const seen = new Set<string>()
      let i = 0
      while (i < text.length) {
        const hit = names.find((n) => text.startsWith(n.name, i))
        if (hit) {
          if (!seen.has(hit.id)) out.push({ id: hit.id, index: i, end: i + hit.name.length })
          seen.add(hit.id)
          i += hit.name.length
        } else i++
      }
      return out
    },
  }
}
