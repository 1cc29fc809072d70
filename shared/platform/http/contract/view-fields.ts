import { iso, string } from 'zod/mini';
import { described } from './schema-meta.js';

/** The field types every context's views are written in, defined once so both say a date-time the same way. */
export const TextField = string();
export const InstantField = described(iso.datetime({ offset: true }), 'ISO 8601 date-time');
export const DayField = iso.date();

/** `{ key: value }`, or nothing when the value is absent: a view leaves out what the case does not have. */
export const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as { [P in K]: V }));
