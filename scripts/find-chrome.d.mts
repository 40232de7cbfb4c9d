// Types for find-chrome.mjs, so TypeScript files (tests/e2e/*) can import it; tsconfig has no allowJs.
import type { Browser, LaunchOptions } from 'playwright-core'

export const repoRoot: string
export const CHROME_INSTALL_HINT: string
export function findChrome(): string
export const chromiumArgs: readonly string[]
export function launchChromium(options?: LaunchOptions): Promise<Browser>
export function assertBuilt(distDir?: string): string
