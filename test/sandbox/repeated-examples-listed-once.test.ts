// The sandbox lists what its spec's examples hold, each item once: two examples of one operation
// may show the same item (a contingent in the example of a full page and of a filtered one), and a
// listing that showed it twice would page through an item the API lists once.
import { describe, expect, it } from 'vitest';
import { uniqueById } from '../../src/sandbox/sandbox-route.js';

describe('uniqueById', () => {
  it('keeps the first of each id, in order', () => {
    const first = { id: 123, name: 'first' };
    expect(uniqueById([first, { id: 321 }, { id: 123, name: 'again' }, { id: 789 }, { id: 321 }])).toEqual([first, { id: 321 }, { id: 789 }]);
  });

  it('tells items without an id apart by identity', () => {
    const unnamed = { name: 'no id' };
    expect(uniqueById<{ id?: number; name: string }>([unnamed, { name: 'no id' }, unnamed])).toEqual([unnamed, { name: 'no id' }]);
  });

  it('keeps a falsy id as an id of its own', () => {
    expect(uniqueById([{ id: 0 }, { id: '' }, { id: 0 }, { id: '' }])).toEqual([{ id: 0 }, { id: '' }]);
  });
});
