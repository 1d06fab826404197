import { describe, expect, it } from 'vitest';
import { de, en } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the texts', () => {
  it('exist in English for every German key, and no more', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });
  it('are never empty', () => {
    for (const [key, text] of [...Object.entries(de), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });
  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
    }
  });
});
