// `npm ci` only when package-lock.json changed since the last install, so that a Maven build
// with the dependencies already in place does not spend half a minute reinstalling them.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const lock = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const marker = 'node_modules/.installed-lock-sha256';
if (existsSync(marker) && readFileSync(marker, 'utf8') === lock) {
  console.log('console: node_modules matches package-lock.json');
} else {
  execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'inherit' });
  writeFileSync(marker, lock);
}
