// How often a plan's progress is reported: by quarter or by month (its own module, so plan and progress both use it).
import { z } from 'zod';

export const Cadence = z.enum(['quarter', 'month']);
export type Cadence = z.infer<typeof Cadence>;
