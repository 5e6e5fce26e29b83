// The seed documents (text exports of real work plans), read as bytes the way a clerk's file arrives.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEEDS = {
  gaoxin: '000_bfdfd6760bd5685d.txt',
  dianjiang: '001_1088d2aaa7c2a7e4.txt',
  fuling: '002_f8ab61b7d9ee5968.txt',
  chongqing: '003_f2673a1d053848d2.txt',
  bishan: '004_e49c03a3eb7a1052.txt',
} as const;

export function seedBytes(name: string): Uint8Array {
  return readFileSync(join(__dirname, '../../../seeds', name));
}
