import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { CheckboxField, RadioGroupField, SelectField, TextField } from '@/components/forms/field';

// Issue 16, point 4: every form's controls come from components/forms/field.tsx, and lint keeps it so.
const eslint = new ESLint({ cwd: process.cwd() });
async function ruleIds(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId);
}


describe('the field family', () => {
  it('binds the label by id and wires hint, error, invalid and required to the control', () => {
    const html = renderToStaticMarkup(
      createElement(TextField, { name: 'contact.email', label: 'E-mail', hint: 'For the tickets', error: 'Required', required: true, type: 'email', defaultValue: 'a@b.c' }),
    );
    expect(html).toContain('<label for="f-contact-email"');
    expect(html).toMatch(/<input[^>]*type="email"[^>]*id="f-contact-email"/);
    expect(html).toMatch(/aria-describedby="f-contact-email-hint f-contact-email-error"/);
    expect(html).toMatch(/aria-invalid="true"/);
    expect(html).toMatch(/<input[^>]*required=""/);
    expect(html).toContain('id="f-contact-email-hint"');
    expect(html).toContain('id="f-contact-email-error"');
    expect(html).toContain('value="a@b.c"');
    // the required mark is outside the label, so the label's text is the words alone
    expect(html).toMatch(/<label for="f-contact-email"[^>]*>E-mail<\/label>/);
  });

  it('says nothing it does not have: no describedby, invalid or required without a hint, error or requirement', () => {
    const html = renderToStaticMarkup(createElement(TextField, { name: 'q', id: 'queue-q', label: 'Search' }));
    expect(html).not.toContain('aria-describedby');
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('required');
    expect(html).toContain('<label for="queue-q"');
  });

  it('keeps the chosen option of a select and the state of a box (the form is remounted with the sent values)', () => {
    const select = renderToStaticMarkup(
      createElement(SelectField, { name: 'gender', label: 'Gender', defaultValue: 'FEMALE', options: [{ value: '', label: '—' }, { value: 'FEMALE', label: 'F' }, { value: 'MALE', label: 'M' }] }),
    );
    expect(select).toMatch(/<option value="FEMALE" selected="">/);
    const box = renderToStaticMarkup(createElement(CheckboxField, { name: 'consents.agreement', label: 'I agree', defaultChecked: true, error: 'Tick it' }));
    expect(box).toMatch(/<input type="checkbox"[^>]*aria-invalid="true"[^>]*checked=""/);
    expect(box).toContain('<label for="f-consents-agreement"');
  });

  it('gives each radio of a group its own label and the group one legend', () => {
    const html = renderToStaticMarkup(
      createElement(RadioGroupField, { name: 'trip', id: 'flight-trip', label: 'Trip', defaultValue: 'return', options: [{ value: 'oneway', label: 'One way' }, { value: 'return', label: 'Return' }] }),
    );
    expect(html).toMatch(/<fieldset id="flight-trip"/);
    expect(html).toContain('<legend');
    expect(html).toContain('<label for="flight-trip-oneway">One way</label>');
    expect(html).toMatch(/id="flight-trip-return"[^>]*checked=""/);
  });
});

describe('lint keeps every form on the family', { timeout: 60_000 }, () => {
  it('refuses a raw input, select or textarea in pages and components', async () => {
    for (const tag of ['<input name="q" />', '<select name="q" />', '<textarea name="q" />']) {
      const code = `export function F() {\n  return ${tag};\n}\n`;
      expect(await ruleIds(code, 'components/example/f.tsx')).toContain('no-restricted-syntax');
      expect(await ruleIds(code, 'app/[locale]/example/page.tsx')).toContain('no-restricted-syntax');
    }
  });

  it('lets hidden inputs and the family itself through', async () => {
    const hidden = `export function F({ v }: { v: string }) {\n  return <input type="hidden" name="locale" value={v} />;\n}\n`;
    expect(await ruleIds(hidden, 'components/example/f.tsx')).toEqual([]);
    const raw = `export function F() {\n  return <input name="q" />;\n}\n`;
    expect(await ruleIds(raw, 'components/forms/example.tsx')).toEqual([]);
  });
});
