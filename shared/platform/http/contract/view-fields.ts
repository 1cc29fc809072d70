import { iso, string } from 'zod/mini';
import { described } from './schema-meta.js';

/** The field types every context's views are written in, defined once so both say a date-time the same way. */
export const TextField = string();
export const InstantField = described(iso.datetime({ offset: true }), 'ISO 8601 date-time');
export const DayField = iso.date();
