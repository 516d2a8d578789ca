// A moment on the round board as a clerk reads it, or a dash where there is none yet.
import { localStamp } from '../../../shared/domain/round';

export function stampOrDash(iso: string | null): string {
  return iso ? localStamp(iso) : '—';
}
