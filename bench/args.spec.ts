import { describe, expect, it } from '@jest/globals';
import { cacheModesOf, listOption, parseOptions } from './args.js';

describe('parseOptions', () => {
  const defaults = { duration: 20, queries: 'Q1,Q2', keep: false };

  it('types each option by its default, in both spellings', () => {
    expect(parseOptions(['--duration', '5', '--queries=Q3', '--keep'], defaults)).toEqual({ duration: 5, queries: 'Q3', keep: true });
    expect(parseOptions([], defaults)).toEqual(defaults);
  });

  it('refuses unknown options, missing values and bad numbers', () => {
    expect(() => parseOptions(['--nope', '1'], defaults)).toThrow('unknown argument --nope');
    expect(() => parseOptions(['--duration'], defaults)).toThrow('--duration needs a value');
    expect(() => parseOptions(['--duration', 'ten'], defaults)).toThrow('non-negative number');
  });

  it('splits lists on commas', () => {
    expect(listOption('Q1, Q2,,Q3+')).toEqual(['Q1', 'Q2', 'Q3+']);
  });

  it('runs the uncached phase first, and refuses an unknown cache mode', () => {
    expect(cacheModesOf('both')).toEqual(['off', 'on']);
    expect(cacheModesOf('on')).toEqual(['on']);
    expect(() => cacheModesOf('maybe')).toThrow('expected off, on or both');
  });
});
