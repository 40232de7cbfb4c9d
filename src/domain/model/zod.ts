/**
 * zod, configured for the app's Content-Security-Policy (`script-src 'self'`, no 'unsafe-eval'): JIT-less,
 * so object schemas never compile a fast path with `new Function` and zod never probes whether it may
 * (the probe is caught, but a strict CSP still reports it as a violation). The setting is read when a
 * schema is built, so every module that builds schemas imports `z` from here, never from 'zod' itself.
 */
import { z } from 'zod'

z.config({ jitless: true })

export { z }
