import { describe, expect, it } from 'vitest';
import { publicPackages, selectedPackages } from '../src/workspace.js';

describe('the checked packages', () => {
  it('are the non-private packages under packages/', () => {
    const names = publicPackages().map((p) => p.name);
    expect(names).toContain('@ispkit/runtime');
    expect(names).toContain('@ispkit/smartisp');
    expect(names).toContain('@ispkit/mock');
    expect(names).toContain('@ispkit/cli');
    expect(names).not.toContain('@ispkit/codegen');
    expect(names).not.toContain('@ispkit/release-checks');
  });

  it('can be narrowed by ISPKIT_PACKAGES, by folder or package name', () => {
    expect(selectedPackages(' smartisp , @ispkit/runtime').map((p) => p.name)).toEqual(['@ispkit/smartisp', '@ispkit/runtime']);
    expect(selectedPackages('').map((p) => p.name)).toEqual(publicPackages().map((p) => p.name));
  });

  it('refuse an unknown name in one line', () => {
    expect(() => selectedPackages('runtime,codegen')).toThrowError(
      /^ISPKIT_PACKAGES names "codegen", which is no public package; known: [a-z, -]+$/,
    );
  });
});
