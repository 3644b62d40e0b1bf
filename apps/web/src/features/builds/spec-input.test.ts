import { checkBuild, type Part } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import { testPart } from '../../test/parts';
import { partItemId, toBuildItem } from './build-items';
import { entriesOf } from './slots';
import { readSpecInput, specFieldOf, unknownSpecsOf } from './spec-input';

const part = (id: number, name: string, category: Part['category'], specs: Record<string, unknown>) =>
  testPart(id, name, { category, specs, status: 'in_build' });

describe('readSpecInput', () => {
  const field = (spec: string) => {
    const found = specFieldOf(spec);
    if (!found) throw new Error(`no field for ${spec}`);
    return found;
  };

  it('reads a length in mm, and refuses what is not one', () => {
    const { category, field: length } = field('case.maxGpuLengthMm');
    expect(readSpecInput(category, length, ' 381 ')).toEqual({ ok: true, value: 381 });
    expect(readSpecInput(category, length, '')).toEqual({ ok: false, message: 'is required' });
    expect(readSpecInput(category, length, 'long')).toEqual({ ok: false, message: 'must be a number' });
    expect(readSpecInput(category, length, '380.5')).toEqual({
      ok: false,
      message: 'must be a whole number',
    });
    expect(readSpecInput(category, length, '-3').ok).toBe(false);
  });

  it('reads types, yes or no, and lists as the spec form does', () => {
    const memory = field('motherboard.memoryType');
    expect(readSpecInput(memory.category, memory.field, 'DDR5')).toEqual({ ok: true, value: 'DDR5' });
    expect(readSpecInput(memory.category, memory.field, 'DDR9').ok).toBe(false);
    const igpu = field('cpu.integratedGraphics');
    expect(readSpecInput(igpu.category, igpu.field, 'false')).toEqual({ ok: true, value: false });
    const sockets = field('cooler.sockets');
    expect(readSpecInput(sockets.category, sockets.field, 'AM4, AM5')).toEqual({
      ok: true,
      value: ['AM4', 'AM5'],
    });
  });

  it('knows no field for a spec that is not one', () => {
    expect(specFieldOf('case.colour')).toBeNull();
    expect(specFieldOf('spaceship.length')).toBeNull();
  });
});

describe('unknownSpecsOf', () => {
  it('asks for each unknown spec of an UNVERIFIED finding, on the part it belongs to', () => {
    const gpu = part(1, 'ASUS TUF RTX 3080', 'gpu', { lengthMm: 300 });
    const pcCase = part(2, 'NZXT H510', 'case', { type: 'ATX Mid Tower' });
    const build = { parts: [gpu, pcCase], planned: [] };
    const items = build.parts.map((p) => toBuildItem(partItemId(p.id), p.name, p.category, p.specs));
    const finding = checkBuild(items).findings.find((f) => f.rules?.includes('GPU_TOO_LONG'));
    if (!finding) throw new Error('the engine should not vouch for the card');
    const entries = [...entriesOf(build, 'gpu'), ...entriesOf(build, 'case')];
    const [unknown, ...more] = unknownSpecsOf(finding, entries);
    expect(more).toEqual([]);
    expect(unknown?.question).toBe('Maximum graphics card length of the NZXT H510, in mm');
    expect(unknown?.entry.itemId).toBe('part:2');
    expect(unknown?.field.key).toBe('maxGpuLengthMm');
  });
});
