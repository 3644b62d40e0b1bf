import { type Ref, useMemo, useState } from 'react';
import { ComboboxList, useCombobox } from '../../components/Combobox';
import { Field } from '../../components/Field';
import { timeZoneNames } from './time-zone';

const MAX_OFFERED = 60;

/** "America/Los_Angeles" → "america los angeles", so "los angeles" or "los_ang" find it. */
const searchable = (zone: string) => zone.toLowerCase().replace(/[_/]/g, ' ');

/** The zones whose name holds every word typed, those starting with it first. */
export function matchingZones(zones: readonly string[], text: string): string[] {
  const words = searchable(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return zones.slice(0, MAX_OFFERED);
  const found = zones.filter((zone) => words.every((word) => searchable(zone).includes(word)));
  const first = searchable(text).trim();
  const starts = (zone: string) =>
    searchable(zone)
      .split(' ')
      .some((part) => part.startsWith(first));
  return [...found.filter(starts), ...found.filter((zone) => !starts(zone))].slice(0, MAX_OFFERED);
}

const offsets = new Map<string, string>();

/** "GMT-8", "GMT+5:30": the zone's offset (as of the first look this visit), beside its name in the list. */
function offsetOf(zone: string): string {
  let offset = offsets.get(zone);
  if (offset === undefined) {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      timeZoneName: 'shortOffset',
    }).formatToParts();
    offset = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
    offsets.set(zone, offset);
  }
  return offset;
}

/** The local time there now, to confirm the choice: "Tue, Dec 1, 9:41 PM". */
function nowIn(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat(undefined, {
      timeZone: zone,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    }).format(new Date());
  } catch {
    return null;
  }
}

interface Props {
  value: string;
  onChange: (zone: string) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
  error?: string | undefined;
}

/** A searchable choice among the browser's IANA time zones: type part of a city or region, pick with the keys. */
export function TimeZoneField({ value, onChange, onBlur, inputRef, error }: Props) {
  const zones = useMemo(timeZoneNames, []);
  const [open, setOpen] = useState(false);
  const combobox = useCombobox({ items: matchingZones(zones, value), onPick: onChange, open, setOpen });
  const now = error ? null : nowIn(value);
  return (
    <Field
      label="Time zone"
      error={error}
      hint={now ? `It is ${now} there. “Today” in your forms and reports follows this zone.` : undefined}
    >
      {(control) => (
        <div className="relative">
          <input
            {...control}
            ref={inputRef}
            type="text"
            spellCheck={false}
            placeholder="Type a city, e.g. Los Angeles"
            className={`input w-full ${error ? 'input-error' : ''}`}
            value={value}
            {...combobox.inputProps}
            onChange={(e) => {
              onChange(e.target.value);
              combobox.typed();
            }}
            onFocus={(e) => e.target.select()}
            onBlur={() => {
              combobox.closed();
              onBlur();
            }}
          />
          <ComboboxList combobox={combobox} label="Time zones" itemKey={(zone) => zone}>
            {(zone) => (
              <>
                <span className="min-w-0 truncate">{zone.replace(/_/g, ' ')}</span>
                <span className="tabular shrink-0 text-xs text-base-content/60">{offsetOf(zone)}</span>
              </>
            )}
          </ComboboxList>
        </div>
      )}
    </Field>
  );
}
