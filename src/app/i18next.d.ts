// Typed i18n keys: `t()` accepts only keys of the Chinese resources, per namespace, so a typo or
// a removed key fails to compile. Each feature's English object is checked against the same shape
// where it is defined (`satisfies Strings<typeof zh>`).
import 'i18next'
import type { zh as districts } from '../features/districts/i18n'
import type { zh as importer } from '../features/import/i18n'
import type { zh as movement } from '../features/movement/i18n'
import type { zh as news } from '../features/news/i18n'
import type { zh as present } from '../features/present/i18n'
import type { zh as presentStart } from '../features/present/start-i18n'
import type { zh as rankings } from '../features/rankings/i18n'
import type { zh as rules } from '../features/rules/i18n'
import type { zh as image } from '../lib/export/image-i18n'
import type { zh as common } from '../lib/i18n-common'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: {
      common: typeof common
      rankings: typeof rankings
      movement: typeof movement
      districts: typeof districts
      news: typeof news
      present: typeof present
      presentStart: typeof presentStart
      import: typeof importer
      image: typeof image
      rules: typeof rules
    }
  }
}
