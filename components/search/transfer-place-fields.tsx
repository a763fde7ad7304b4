'use client';

import { useState } from 'react';

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
  const cls = (error?: string) => `w-full rounded-lg border bg-white px-3 py-2 text-base ${error ? 'border-red-700' : 'border-slate-400'}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="transfer-airport" className="text-sm font-medium text-slate-800">
          {labels.airport}
        </label>
        <select
          id="transfer-airport"
          name="airport"
          value={airport}
          onChange={(e) => {
            setAirport(e.target.value);
            const next = airports.find((a) => a.code === e.target.value)?.zones ?? [];
            setZone(next.length === 1 ? next[0]!.slug : '');
          }}
          aria-invalid={errors.airport ? true : undefined}
          aria-describedby={errors.airport ? 'transfer-airport-error' : undefined}
          className={cls(errors.airport)}
        >
          <option value="">{labels.chooseAirport}</option>
          {airports.map((a) => (
            <option key={a.code} value={a.code}>
              {a.label}
            </option>
          ))}
        </select>
        {errors.airport && (
          <p id="transfer-airport-error" className="text-sm text-red-700">
            {errors.airport}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="transfer-zone" className="text-sm font-medium text-slate-800">
          {labels.zone}
        </label>
        <select
          id="transfer-zone"
          name="zone"
          value={zone}
          onChange={(e) => setZone(e.target.value)}
          aria-invalid={errors.zone ? true : undefined}
          aria-describedby={errors.zone ? 'transfer-zone-error' : undefined}
          className={cls(errors.zone)}
        >
          <option value="">{labels.chooseZone}</option>
          {(airport ? zones.map((z) => ({ ...z, group: null })) : []).map((z) => (
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
        </select>
        {errors.zone && (
          <p id="transfer-zone-error" className="text-sm text-red-700">
            {errors.zone}
          </p>
        )}
      </div>
    </div>
  );
}
