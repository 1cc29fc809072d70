import type { NoticeInput } from '../../../shared/procurement/contract.js';
import { endOfSwedishDay } from '../format/dates.js';
import { chosenCodes } from '../components/form-fields.js';
import { codeList } from './profile-form.js';

type Values = Readonly<Record<string, string | boolean>>;

const str = (v: Values, k: string): string => (typeof v[k] === 'string' ? (v[k] as string).trim() : '');
/** "" for an empty number field, so the API names the field instead of a silent 0. */
const num = (v: Values, k: string): number | string => {
  const s = str(v, k).replace(/\s/g, '');
  return s === '' ? '' : Number(s);
};

/** The register-a-notice form's values as POST /procurement/notices. */
export function noticeBody(v: Values, lotCount: number): NoticeInput {
  const lots = Array.from({ length: lotCount }, (_, i) => {
    const p = `lots.${i}`;
    return {
      id: str(v, `${p}.id`) || String(i + 1),
      title: str(v, `${p}.title`),
      valueSek: num(v, `${p}.valueSek`),
      cpv: { main: str(v, `${p}.cpv.main`) || str(v, 'cpv.main'), additional: [] },
      durationMonths: num(v, `${p}.durationMonths`) === '' ? num(v, 'durationMonths') : num(v, `${p}.durationMonths`),
      // A lot's own regions, when narrower than the notice's; left out otherwise.
      ...(codeList(v[`${p}.nuts`]).length > 0 ? { nuts: codeList(v[`${p}.nuts`]) } : {}),
    };
  });
  return {
    buyer: { orgId: str(v, 'buyer.orgId'), unit: str(v, 'buyer.unit') },
    title: str(v, 'title'),
    description: str(v, 'description'),
    cpv: { main: str(v, 'cpv.main'), additional: codeList(v['cpv.additional']) },
    nuts: chosenCodes(v, 'nuts'),
    estimatedValueSek: num(v, 'estimatedValueSek'),
    durationMonths: num(v, 'durationMonths'),
    procedure: str(v, 'procedure'),
    framework: v.framework === true,
    deadline: endOfSwedishDay(str(v, 'deadline')),
    lots,
    reservation: str(v, 'reservation') || 'none',
    reservedForIdeburna: v.reservedForIdeburna === true,
    socialObjectives: chosenCodes(v, 'socialObjectives'),
    // One social clause per line (a clause names no objective here; the objectives are chosen above).
    socialClauses: str(v, 'socialClauses')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((text) => ({ text })),
  } as NoticeInput;
}
