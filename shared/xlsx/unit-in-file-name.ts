// The unit a returned file names itself by, in its file name (突破事项-区人民医院.xlsx, 北郊镇中心卫生院-突破事项.xlsx).

const SEPARATORS = /[-_—－\s（）()]+/;
/** How the names of units end: 医院, 卫生院, 中心, 局, 处, 科 … */
const UNIT_ENDING = /(院|中心|局|处|科|站|所|办|委|室|部)$/;

/**
 * Without a list of units to match against: the part of the name, between 「-」 and the like, that ends as a unit's
 * name does, before or after the task's name; the last such part when there are several.
 */
export function unitNamedInFileName(fileName: string): string | null {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const parts = base
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2) return null;
  for (let i = parts.length - 1; i >= 0; i--) if (UNIT_ENDING.test(parts[i]!)) return parts[i]!;
  return null;
}
