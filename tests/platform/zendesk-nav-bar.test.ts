// The nav_bar location (the outcomes page, issue 17): what Zendesk documents for it, checked
// against the package we ship (dist/zendesk, from `npm run build`). Sources:
//   NAVBAR = https://developer.zendesk.com/apps/docs/support-api/nav_bar (the location is `nav_bar`
//            under `support` in manifest.json; the app opens from an icon in the left navigation
//            bar and has its own route, /agent/apps/<app-name>)
//   STYLE  = https://developer.zendesk.com/apps/docs/developer-guide/styling ("Top bar, nav bar, and
//            ticket editor icon": an SVG icon whose <svg> or default <symbol> has a viewBox,
//            resized to 18x18 by Zendesk's CSS; accepted asset types include .svg)
//   ZAS    = github.com/zendesk/zendesk_apps_support, lib/zendesk_apps_support/package.rb
//            (LOCATIONS_WITH_ICONS includes nav_bar; the icon is assets/icon_nav_bar.svg, else
//            assets/icon_nav_bar_inactive.png, else none)
// Unverified: whether the nav bar page's iframe lets a data: URL download (the CSV links).
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { zendeskPackage } from '../packaging/package-files';
import { locationIconProblems } from '../packaging/zendesk-location-icons';

const { appDir } = zendeskPackage;
const readAsset = (name: string) => {
  const file = path.join(appDir, 'assets', name);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
const manifestLocations = z.object({
  location: z.object({ support: z.record(z.string(), z.object({ url: z.string() })) }),
});

describe('the Zendesk nav_bar location', () => {
  const manifest = manifestLocations.parse(
    JSON.parse(readFileSync(path.join(appDir, 'manifest.json'), 'utf8')),
  );

  it('is declared under support as nav_bar, served by the app page in the package (NAVBAR)', () => {
    const navBar = manifest.location.support['nav_bar'];
    expect(navBar?.url).toBe('assets/index.html');
    expect(existsSync(path.join(appDir, 'assets', 'index.html'))).toBe(true);
  });

  it('ships its icon as assets/icon_nav_bar.svg with a viewBox (ZAS, STYLE)', () => {
    expect(locationIconProblems(Object.keys(manifest.location.support), readAsset)).toEqual([]);
  });

  it('refuses a nav_bar location without its icon, or an icon without a viewBox', () => {
    expect(locationIconProblems(['ticket_sidebar', 'nav_bar'], () => undefined)).toEqual([
      'nav_bar needs assets/icon_nav_bar.svg',
    ]);
    expect(
      locationIconProblems(['nav_bar'], (name) =>
        name === 'icon_nav_bar.svg' ? '<svg xmlns="http://www.w3.org/2000/svg"></svg>' : undefined,
      ),
    ).toEqual(['assets/icon_nav_bar.svg needs a viewBox']);
    // ZAS accepts the older PNG icon set in place of the SVG.
    expect(
      locationIconProblems(['nav_bar'], (name) =>
        name === 'icon_nav_bar_inactive.png' ? 'png' : undefined,
      ),
    ).toEqual([]);
    // Sidebars show no icon and need none.
    expect(locationIconProblems(['ticket_sidebar', 'user_sidebar'], () => undefined)).toEqual([]);
  });
});
