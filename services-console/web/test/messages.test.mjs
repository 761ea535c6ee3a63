// Every message the console shows exists in en, ja and fr, with the same placeholders; Japanese uses full-width punctuation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const load = (lang) => JSON.parse(readFileSync(new URL(`../src/messages/${lang}.json`, import.meta.url)));
const en = load('en');
const placeholders = (text) => [...new Set([...text.matchAll(/\{\d+\}/g)].map((m) => m[0]))].sort();

for (const lang of ['ja', 'fr']) {
  test(`${lang} has every key of en with its placeholders, and nothing else`, () => {
    const other = load(lang);
    assert.deepEqual(Object.keys(other).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      assert.deepEqual(placeholders(other[key]), placeholders(en[key]), `${lang}.${key}`);
      assert.ok(other[key].trim(), `${lang}.${key} is empty`);
    }
  });
}

test('Japanese sentences end with full-width punctuation, never a half-width one', () => {
  for (const [key, text] of Object.entries(load('ja'))) {
    assert.ok(!/[.?!:]$/.test(text) && !/[^\x00-\x7F][,?!:]/.test(text), `ja.${key}: ${text}`);
  }
});

test('every key the code asks for is in en', () => {
  const src = new URL('../src/', import.meta.url);
  const used = new Set();
  for (const file of readdirSync(src).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(new URL(file, src), 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(m[1]);
  }
  const missing = [...used].filter((key) => !(key in en));
  assert.deepEqual(missing, []);
});
