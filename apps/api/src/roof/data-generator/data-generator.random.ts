import { ID_PREFIXES, type IdKind } from '../../ground/shared/ids';

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_BODY_LENGTH = 20;

/** A seeded source of pseudo-random numbers; the same seed always gives the same sequence. */
export type SeededRandom = ReturnType<typeof createGeneratorRandom>;

/** Mixes a run seed and a stream number into one 32-bit seed, so each tenant has its own stream. */
export function mixSeed({ seed, stream }: { seed: number; stream: number }): number {
  let h = (seed ^ Math.imul(stream + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * sfc32 (128-bit state, seeded through splitmix32) with the helpers the generator needs. Ids look
 * exactly like the API's own (`cli_` + 20 base36 characters) but come from the seed, so two runs with
 * one seed give the same rows. A generator whose state is one 32-bit counter (mulberry32) runs every
 * seed along the same cycle of 2^32 numbers: with 300 tenants drawing millions of numbers each, two
 * tenants' streams overlapped and made the same ids.
 */
export function createGeneratorRandom({ seed }: { seed: number }) {
  let mix = seed >>> 0;
  const splitmix32 = () => {
    mix = (mix + 0x9e3779b9) >>> 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = splitmix32();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of a fresh sfc32 state are still close to its seed.
  for (let warmUp = 0; warmUp < 12; warmUp += 1) next();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    /** Picks by weight: `weighted([['a', 3], ['b', 1]])` gives 'a' three times as often. */
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries.at(-1)![0];
    },
    id: (kind: IdKind) => {
      let body = '';
      for (let index = 0; index < ID_BODY_LENGTH; index += 1) body += ID_ALPHABET[Math.floor(next() * 36)];
      return `${ID_PREFIXES[kind]}_${body}`;
    },
    bytes: (length: number) => {
      const out = new Uint8Array(length);
      for (let index = 0; index < length; index += 1) out[index] = Math.floor(next() * 256);
      return out;
    },
  };
}
