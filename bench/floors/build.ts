/**
 * The floors' builds. `buildFloorSidebar`: bench/floors/sidebar-app.tsx with the Zendesk app's own
 * webpack configuration, for bench/sidebar.ts to load next to the real sidebar. The bundle floors, built in the same run with the Zendesk app's own webpack configuration
 * (production, the same loaders, vendor split and index.html): React + ReactDOM painting one line,
 * and the same plus styled-components and every Garden component the Zendesk UI imports (read from
 * apps/zendesk/ui at build time, so the floor follows the app). Each figure is the JS gzipped
 * file by file, as bench/bundles.ts measures the app's own chunks.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'webpack';
import { zendeskWebpackConfig } from '../../webpack.config';
import { compile, gzipped, kb } from '../webpack-build';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Zendesk app's webpack configuration with another entry, written to `outDir`. */
export function zendeskConfigFor(entry: string, outDir: string): Configuration {
  const config = zendeskWebpackConfig('production');
  return {
    ...config,
    entry: { app: entry },
    output: { ...config.output, path: outDir },
    // Entries generated in a temporary folder still resolve packages from the repository.
    resolve: { ...config.resolve, modules: ['node_modules', path.join(root, 'node_modules')] },
  };
}

/** Every source file under `dir` (tests excluded). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\./.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The Garden names the Zendesk UI imports, by package (`@zendeskgarden/react-forms` → Field, …). */
export function gardenImports(): Map<string, Set<string>> {
  const byPackage = new Map<string, Set<string>>();
  for (const file of sourceFiles(path.join(root, 'apps', 'zendesk', 'ui'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/import\s*\{([^}]+)\}\s*from\s*'(@zendeskgarden\/[^']+)'/g)) {
      const names = byPackage.get(match[2] ?? '') ?? new Set<string>();
      for (const name of (match[1] ?? '').split(',')) {
        // `type X` imports cost no bytes; `X as Y` imports X.
        const trimmed = name.trim();
        if (trimmed !== '' && !trimmed.startsWith('type ')) names.add(trimmed.split(/\s/)[0] ?? '');
      }
      byPackage.set(match[2] ?? '', names);
    }
  }
  return byPackage;
}

const reactEntry = `import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(<p>floor</p>);
`;

/** React, styled-components and the Garden names, each kept (referenced) so none is shaken out. */
function gardenEntry(imports: Map<string, Set<string>>): string {
  const lines = [
    "import { createRoot } from 'react-dom/client';",
    "import styled from 'styled-components';",
  ];
  const names: string[] = [];
  for (const [pkg, set] of [...imports.entries()].sort()) {
    lines.push(`import { ${[...set].sort().join(', ')} } from '${pkg}';`);
    names.push(...set);
  }
  lines.push(
    'const Floor = styled.p`margin: 0;`;',
    `window.tactfulFloor = [${names.sort().join(', ')}];`,
    "createRoot(document.getElementById('root')).render(<ThemeProvider><Floor>floor</Floor></ThemeProvider>);",
  );
  return `${lines.join('\n')}\n`;
}

/** Builds the sidebar floor (bench/floors/sidebar-app.tsx) as the real app is built, into `outDir`. */
export async function buildFloorSidebar(outDir: string): Promise<void> {
  await compile(zendeskConfigFor(path.join(root, 'bench', 'floors', 'sidebar-app.tsx'), outDir));
}

/** Gzipped KB of every JS file the build wrote (the floors have no lazy chunks). */
function jsGzipped(outDir: string): number {
  const assets = path.join(outDir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipped(readFileSync(path.join(assets, file))), 0);
}

/** Builds both floors and returns their gzipped JS (KB). */
export async function bundleFloors(): Promise<{ reactKbGz: number; gardenKbGz: number }> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'tactful-bench-floors-'));
  try {
    const measure = async (name: string, source: string) => {
      const entry = path.join(scratch, `${name}.tsx`);
      writeFileSync(entry, source);
      const outDir = path.join(scratch, name);
      // .tsx: the app's own swc rule compiles the generated entries too.
      await compile(zendeskConfigFor(entry, outDir));
      return kb(jsGzipped(outDir));
    };
    return {
      reactKbGz: await measure('react', reactEntry),
      gardenKbGz: await measure('garden', gardenEntry(gardenImports())),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
