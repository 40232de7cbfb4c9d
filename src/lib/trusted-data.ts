/**
 * Validation without the validator on the first view. The build validates every file of its data folder
 * with the full validators (schema and cross-file rules; vite.config.ts `buildValidatedData`) and lists
 * what it validated: the manifest path of each file with the sha256 of its bytes
 * (`virtual:leitai-validated`). At run time a file is hashed as it arrives (WebCrypto, or the pure
 * fallback on plain http): the same path with the same hash is the same bytes the build passed, so its
 * JSON is used as it is; anything else (a quarter copied into data/ after the build, an edited file,
 * another dataset folder, an offline copy's rewritten block) is validated in full, by the validators
 * loaded on demand. The check cannot be skipped: there is no other way from a text to data.
 */
import validated from 'virtual:leitai-validated'
import { parseJsonText } from '../domain/model/data-file-error'
import { sha256Hex } from './sha256'

/** The validators, in their own chunk (zod and the cross-file rules): only files the build did not see pay for them. */
export const loadValidators = () => import('../domain/model/validate')
export const loadManifestValidator = () => import('../domain/model/manifest')
export const loadFolderManifestValidator = () => import('../domain/model/folder-manifest-schema')

// Results that came through the build's validation: a quarter is only trusted with the districts and
// sources it was validated against.
const fromBuild = new WeakSet<object>()

/** Example: await isBuildValidated('real/quarters/2022Q2.json', text) → true for the bytes the build validated. */
async function isBuildValidated(file: string, text: string): Promise<boolean> {
  const expected = validated.files[file]
  return expected !== undefined && expected === (await sha256Hex(text))
}

/** The build-validated JSON of `text`, marked as such; null when the file needs the full validators. */
export async function trustedJson<T extends object>(
  file: string,
  name: string,
  text: string,
): Promise<T | null> {
  if (!(await isBuildValidated(file, text))) return null
  const value = parseJsonText(name, text) as T
  fromBuild.add(value)
  return value
}

/** Marks a value the build itself put into the page (a prerender seed: only validated files go there). */
export function markFromBuild<T extends object>(value: T): T {
  fromBuild.add(value)
  return value
}

/** Whether every one of these results came through the build's validation. */
export function allFromBuild(...values: readonly object[]): boolean {
  return values.every((v) => fromBuild.has(v))
}

/** The manifest as read (already parsed): trusted when it is, key for key, the one the build validated. */
export async function isBuildManifest(value: unknown): Promise<boolean> {
  return validated.manifest !== null && validated.manifest === (await sha256Hex(JSON.stringify(value)))
}
