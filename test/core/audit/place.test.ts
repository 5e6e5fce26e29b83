import { placesOf } from '../../../src/core/audit/place';
import { textDocument } from './make-task';

const documents = [
  { ...textDocument([['责任单位', 'units']], [], '三、重点措施'), source: '2024.txt' },
  { ...textDocument([['责任单位', 'units']], [], ''), source: '2025.txt' },
];

test('places name the file and the table only where they change, and count data rows from 1', () => {
  expect(
    placesOf(documents, [
      { document: 0, table: 0, row: 3 },
      { document: 0, table: 0, row: 4 },
      { document: 1, table: 0, row: 0 },
    ]),
  ).toBe('《2024.txt》「三、重点措施」第4行、第5行、《2025.txt》第1张表第1行');
});

test('a place in a document not given is still named', () => {
  expect(placesOf([], [{ document: 2, table: 1, row: 0 }])).toBe('《文件3》第2张表第1行');
});
