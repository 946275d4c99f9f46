/**
 * zod không dùng `new Function` / zod without its JIT: zod's fast path compiles parsers with `new Function`, which a
 * strict Content-Security-Policy (`script-src 'self'`) forbids and reports as a violation. Import `z` from here.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
