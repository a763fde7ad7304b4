'use client';

import { useState } from 'react';
import { SelectField } from '@/components/forms/field';

type AirportOption = { code: string; label: string; zones: { slug: string; name: string }[] };

type Props = {
  airports: AirportOption[];
  airport: string;
  zone: string;
  labels: { airport: string; chooseAirport: string; zone: string; chooseZone: string };
  errors: { airport?: string; zone?: string };
};

/** Airport and destination: the destination list follows the airport chosen. */
export function TransferPlaceFields({ airports, airport: initialAirport, zone: initialZone, labels, errors }: Props) {
  const [airport, setAirport] = useState(initialAirport);
  const [zone, setZone] = useState(initialZone);
  const zones = airports.find((a) => a.code === airport)?.zones ?? [];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        id="transfer-airport"
        name="airport"
        label={labels.airport}
        error={errors.airport}
        value={airport}
        onChange={(e) => {
          setAirport(e.target.value);
          const next = airports.find((a) => a.code === e.target.value)?.zones ?? [];
          setZone(next.length === 1 ? next[0]!.slug : '');
        }}
        options={[{ value: '', label: labels.chooseAirport }, ...airports.map((a) => ({ value: a.code, label: a.label }))]}
      />
      <SelectField id="transfer-zone" name="zone" label={labels.zone} error={errors.zone} value={zone} onChange={(e) => setZone(e.target.value)}>
        <option value="">{labels.chooseZone}</option>
        {(airport ? zones : []).map((z) => (
          <option key={z.slug} value={z.slug}>
            {z.name}
          </option>
        ))}
        {!airport &&
          airports.map((a) => (
            <optgroup key={a.code} label={a.label}>
              {a.zones.map((z) => (
                <option key={`${a.code}-${z.slug}`} value={z.slug}>
                  {z.name}
                </option>
              ))}
            </optgroup>
          ))}
      </SelectField>
    </div>
  );
}
