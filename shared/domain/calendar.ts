/**
 * Local-date arithmetic for Asia/Ho_Chi_Minh (days.ts), and the ISO date as the contracts check it.
 */
import * as z from 'zod/mini';

export const isoDate = z.iso.date();
export * from './days.js';
