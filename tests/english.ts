// The first view's English (common and rankings strings) is fetched on demand in the app
// (src/lib/i18n.ts loadLanguage); tests that word things in English load it once up front.
import '../src/features/rankings/i18n'
import { loadLanguage } from '../src/lib/i18n'

await loadLanguage('en')
