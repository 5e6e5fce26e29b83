// A way of laying tables out in plain text. Each layout finds the tables it recognises in the
// decoded text; the reader tries the layouts in turn (src/core/read/text-reader.ts).

import type { Result } from '../result';
import type { RawTable } from './raw-table';

export type TextTableLayout = (text: string) => Result<RawTable[]>;
