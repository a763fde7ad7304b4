import { describe, expect, it } from 'vitest';
import { currentPolicyVersion, parsePolicyChanges, policyChangesSince, policyInfo } from '@/lib/consent/policy-versions';

describe('policy versions', () => {
  it('reads the version and the localised summary from front matter', () => {
    expect(currentPolicyVersion('privacy')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(policyInfo('privacy', 'ru').version).toBe(currentPolicyVersion('privacy'));
    expect(policyInfo('privacy', 'ru').summary).not.toBe(policyInfo('privacy', 'en').summary);
  });

  it('lists changelog entries of one document, newest first, after a version', () => {
    const md = '# Changes\n\n## User Agreement\n\n- **2027-01-01** — agreement change.\n\n## Privacy Policy\n\n- **2026-11-23** — first.\n- **2027-03-01** — new retention table.\n\n## Cookie Policy\n\n- **2026-11-23** — first.\n';
    expect(parsePolicyChanges(md, 'privacy')).toEqual([
      { version: '2027-03-01', text: 'new retention table.' },
      { version: '2026-11-23', text: 'first.' },
    ]);
    expect(parsePolicyChanges(md, 'agreement')).toEqual([{ version: '2027-01-01', text: 'agreement change.' }]);
  });

  it('reads content/legal/CHANGES.md', () => {
    expect(policyChangesSince('privacy', null).map((c) => c.version)).toContain(currentPolicyVersion('privacy'));
    expect(policyChangesSince('privacy', currentPolicyVersion('privacy'))).toEqual([]);
  });
});
