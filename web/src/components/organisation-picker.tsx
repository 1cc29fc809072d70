import { useEffect, useRef, useState } from 'preact/hooks';
import type { OrganisationKind, OrganisationSummaryView } from '../../../shared/admin/contract.js';
import type { FormErrors } from '../api/problem.js';
import { answer } from '../api/api-client.js';
import { useApp } from '../app-context.js';
import { fieldId } from './form-fields.js';

/** How long the picker waits after the last key before it asks the registry. */
const SEARCH_DELAY_MS = 200;
const SHOWN = 8;

export interface PickedOrganisation {
  readonly id: string;
  readonly name: string;
}

interface Props {
  /** The API path of the party: its id goes in `<name>.orgId`, its name in `<name>.name` (hidden fields of the form). */
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly kind?: OrganisationKind;
  /** Only the organisations of this public body (the body itself and its units). */
  readonly publicBody?: string;
  /** Only the idéburna organisations this public body works with. */
  readonly partnerOf?: string;
  readonly errors: FormErrors;
  readonly required?: boolean;
  readonly initial?: PickedOrganisation;
  readonly onPick?: (org: OrganisationSummaryView | undefined) => void;
  /** Only the organisations this accepts (e.g. a body and its procurement units); the registry is asked for more so that enough remain. */
  readonly accept?: (org: OrganisationSummaryView) => boolean;
}

/** How many entries the picker asks for when it filters them itself. */
const FILTERED_FETCH = 50;

/**
 * Picks an organisation of the registry by name (GET /organisations?q=): an
 * ARIA 1.2 combobox with a list of suggestions, keyboard and pointer alike.
 * The reader never types an id; the form gets the chosen one in hidden fields.
 */
export function OrganisationPicker({ name, label, hint, kind, publicBody, partnerOf, errors, required, initial, onPick, accept }: Props) {
  const { t, api } = useApp();
  const id = fieldId(`${name}.orgId`);
  const listId = `${id}-list`;
  const [text, setText] = useState(initial?.name ?? '');
  const [picked, setPicked] = useState<PickedOrganisation | undefined>(initial);
  const [options, setOptions] = useState<readonly OrganisationSummaryView[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searching, setSearching] = useState(false);
  const round = useRef(0);
  const messages = [...(errors.fields[`${name}.orgId`] ?? []), ...(errors.fields[`${name}.name`] ?? [])];

  useEffect(() => {
    if (!open || (picked && picked.name === text)) return;
    const mine = ++round.current;
    const timer = setTimeout(() => {
      setSearching(true);
      answer(
        api.GET('/organisations', { params: { query: { q: text.trim() || undefined, kind, publicBody, partnerOf, limit: accept ? FILTERED_FETCH : SHOWN } } }),
      )
        .then((found) => {
          if (mine !== round.current) return;
          const shown = (accept ? found.items.filter(accept) : found.items).slice(0, SHOWN);
          setOptions(shown);
          setActive(shown.length ? 0 : -1);
        })
        .catch(() => mine === round.current && setOptions([]))
        .finally(() => mine === round.current && setSearching(false));
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, open, kind, publicBody, partnerOf]);

  function choose(org: OrganisationSummaryView) {
    setPicked({ id: org.id, name: org.name });
    setText(org.name);
    setOpen(false);
    onPick?.(org);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter' && open && active >= 0 && options[active]) {
      event.preventDefault();
      choose(options[active]!);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const describedBy = [hint ? `${id}-hint` : '', messages.length ? `${id}-error` : '', `${id}-status`].filter(Boolean).join(' ');
  const status = !open ? '' : searching ? t('picker.searching') : options.length === 0 ? t('picker.none') : t('picker.count', { count: options.length });
  return (
    <div class={messages.length ? 'field invalid picker' : 'field picker'}>
      <label for={id}>
        {label}
        {required && <span class="required-mark"> *</span>}
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {messages.length > 0 && (
        <p class="field-error" id={`${id}-error`}>
          {messages.join(' ')}
        </p>
      )}
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0 ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={messages.length ? 'true' : undefined}
        aria-describedby={describedBy}
        aria-required={required ? 'true' : undefined}
        value={text}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLInputElement).value;
          setText(value);
          setOpen(true);
          if (picked && value !== picked.name) {
            setPicked(undefined);
            onPick?.(undefined);
          }
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {/* The ARIA 1.2 combobox pattern: a list box of options; focus stays in the input. */}
      <div id={listId} role="listbox" aria-label={label} class="picker-options" hidden={!open || options.length === 0}>
        {options.map((o, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (aria-activedescendant).
          // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant, not focus.
          <div
            key={o.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active ? 'true' : 'false'}
            class={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
          >
            <span class="picker-name">{o.name}</span>
            {(o.publicBodyName || o.organisationNumber) && (
              <span class="picker-detail">{[o.publicBodyName, o.organisationNumber].filter(Boolean).join(' · ')}</span>
            )}
          </div>
        ))}
      </div>
      <p id={`${id}-status`} class="visually-hidden" aria-live="polite">
        {status}
      </p>
      <input type="hidden" name={`${name}.orgId`} value={picked?.id ?? ''} />
      <input type="hidden" name={`${name}.name`} value={picked?.name ?? ''} />
    </div>
  );
}
