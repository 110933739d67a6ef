// The repository's root folder, found from this file's place in it: the scripts and the tests
// resolve every path of the repository from here, whatever the working directory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
