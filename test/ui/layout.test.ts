import { beforeEach, describe, expect, it } from 'vitest';
import { clampSplit, layout, MAX_TERMINALS, orderedIds } from '../../src/ui/layout';

const initial = layout.getState();

beforeEach(() => layout.setState(initial, true));

describe('the workbench layout', () => {
  it('opens terminals numbered after the highest, up to the maximum, showing the new one', () => {
    expect(layout.getState().addTerminal()).toBe(2);
    expect(layout.getState().shownTerminal).toBe(2);
    for (let i = 2; i < MAX_TERMINALS; i++) layout.getState().addTerminal();
    expect(layout.getState().terminals).toEqual([1, 2, 3, 4].slice(0, MAX_TERMINALS));
    expect(layout.getState().addTerminal()).toBeNull();
  });

  it('moves a view within the shown order and ignores moves past either end', () => {
    const ids = ['layers', 'namespaces', 'cgroups'];
    layout.getState().moveView(ids, 'cgroups', -1);
    expect(layout.getState().viewOrder).toEqual(['layers', 'cgroups', 'namespaces']);
    layout.getState().moveView(layout.getState().viewOrder, 'layers', -1);
    expect(layout.getState().viewOrder).toEqual(['layers', 'cgroups', 'namespaces']);
  });

  it('puts views the learner has not ordered after the ordered ones, in registry order', () => {
    expect(orderedIds(['a', 'b', 'c', 'd'], ['c', 'gone', 'a'])).toEqual(['c', 'a', 'b', 'd']);
  });

  it('keeps the terminal between a fifth and four fifths of the width', () => {
    expect(clampSplit(0.05)).toBe(0.2);
    expect(clampSplit(0.951)).toBe(0.8);
    expect(clampSplit(0.456)).toBe(0.46);
  });
});
