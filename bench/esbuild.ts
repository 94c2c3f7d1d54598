import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from './machine';

type Esbuild = typeof import('esbuild');

/**
 * esbuild is not a dependency of ours: it comes with tsx (which runs the bench, and compiles
 * with it), so load it from tsx's folder rather than adding a dependency for the bench alone.
 */
export function loadEsbuild(): Esbuild {
  const fromTsx = createRequire(path.join(ROOT, 'node_modules', 'tsx', 'package.json'));
  return fromTsx('esbuild') as Esbuild;
}
