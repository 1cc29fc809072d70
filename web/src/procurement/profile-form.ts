import type { BidderProfileInput } from '../../../shared/procurement/contract.js';
import { chosenCodes } from '../components/form-fields.js';

type Values = Readonly<Record<string, string | boolean>>;

/** "85312400, 85311100" or one per line → codes. */
export function codeList(value: string | boolean | undefined): string[] {
  return typeof value === 'string'
    ? value
        .split(/[\s,;]+/)
        .map((c) => c.trim())
        .filter(Boolean)
    : [];
}

const num = (v: Values, k: string): number | string => {
  const s = typeof v[k] === 'string' ? (v[k] as string).replace(/\s/g, '').replace(',', '.') : '';
  return s === '' ? '' : Number(s);
};

/** The profile form's values as PUT /bidders/{orgId}; the share is asked in percent, sent as 0–1. */
export function profileBody(v: Values): BidderProfileInput {
  const percent = num(v, 'disadvantagedShare');
  return {
    name: String(v.name ?? '').trim(),
    description: String(v.description ?? '').trim(),
    cpv: codeList(v.cpv),
    regions: chosenCodes(v, 'regions'),
    capacitySekPerYear: num(v, 'capacitySekPerYear'),
    staff: num(v, 'staff'),
    disadvantagedShare: typeof percent === 'number' ? Math.round(percent * 100) / 10_000 : percent,
    ideburen: v.ideburen === true,
    consortiumWilling: v.consortiumWilling === true,
    socialObjectives: chosenCodes(v, 'socialObjectives'),
  } as BidderProfileInput;
}
