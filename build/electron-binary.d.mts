// Types of build/electron-binary.mjs, for the tests that use it.
export function electronBinary(root?: string): string | null;
