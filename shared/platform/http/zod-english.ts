import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini registers no messages of its own (classic zod sets English on first use): without this every
// issue would read "Invalid input". Imported by the HTTP edge, before any request is parsed; the Swedish
// texts are made from the same issues in zod-issues.ts.
config(en());
