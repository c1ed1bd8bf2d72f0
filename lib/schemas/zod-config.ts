import { z } from "zod";

// No JIT: zod would otherwise probe `new Function("")` in the browser, which the CSP
// (no 'unsafe-eval', proxy.ts) blocks and reports as a violation on every form page.
z.config({ jitless: true });
