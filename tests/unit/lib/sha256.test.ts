import { createHash } from 'node:crypto'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { sha256Bytes } from '../../../src/lib/sha256'

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

test.prop([fc.uint8Array({ maxLength: 300 })], { numRuns: 200 })(
  'the pure SHA-256 agrees with node:crypto',
  (bytes) => {
    expect(hex(sha256Bytes(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'))
  },
)
