// Where the tests' own input files live: copies committed in tests/fixtures, so a clone of the repository alone runs every test.
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Workbooks, CSV and returned files in the shapes offices send around (made with Excel, WPS and LibreOffice). */
export const SAMPLES_DIR = join(FIXTURES, 'samples');
/** The returned fill-in sheets of a 突破事项 round, one per unit. */
export const RETURNS_DIR = join(SAMPLES_DIR, '返回');
/** The source documents (notices and their 配档表) the sample plans were made from, as text. */
export const SEED_DOCUMENTS_DIR = join(FIXTURES, 'seed-documents');
/** A sample file's path. */
export const samplePath = (name: string): string => join(SAMPLES_DIR, name);
/** Every sample (and returned file) saved as .xls by LibreOffice (\`soffice --headless --convert-to xls\`), named as its .xlsx twin. */
export const XLS_DIR = join(FIXTURES, 'xls');
/** What Calc, Writer, Excel and WPS put on the clipboard, and the seeded plans' round trip through Calc (see its README). */
export const CLIPBOARD_DIR = join(FIXTURES, 'clipboard');
/** A file committed in tests/fixtures itself (the databases of earlier schema versions, db-vN.db). */
export const fixturePath = (name: string): string => join(FIXTURES, name);
