/**
 * What Zendesk needs beside a manifest location that shows an icon (nav_bar, top_bar,
 * ticket_editor, system_top_bar): the icon file, and an SVG icon with a viewBox. Zendesk's packager
 * does not reject a package without the icon, it just shows no icon, so the page cannot be opened:
 * we refuse such a package instead. Sources are named in tests/platform/zendesk-nav-bar.test.ts.
 */

/** ZAS package.rb LOCATIONS_WITH_ICONS (Support). */
export const locationsWithIcons = ['top_bar', 'nav_bar', 'system_top_bar', 'ticket_editor'];

/**
 * The problems with a Support app's location icons: `locations` are the manifest's Support location
 * names, `readAsset(name)` the text of `assets/<name>` or undefined when the package has no such file.
 */
export function locationIconProblems(
  locations: string[],
  readAsset: (name: string) => string | undefined,
): string[] {
  return locations
    .filter((location) => locationsWithIcons.includes(location))
    .flatMap((location) => {
      const svgName = `icon_${location}.svg`;
      const svg = readAsset(svgName);
      if (svg === undefined) {
        // ZAS falls back to icon_<location>_inactive.png before giving up.
        return readAsset(`icon_${location}_inactive.png`) === undefined
          ? [`${location} needs assets/${svgName}`]
          : [];
      }
      // Zendesk styling guide: the <svg> (or each <symbol>, one with id "default") has a viewBox.
      const svgTag = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
      const hasViewBox =
        /\bviewBox=/.test(svgTag) ||
        (/<symbol\b[^>]*\bid="default"[^>]*>/.test(svg) && /<symbol\b[^>]*\bviewBox=/.test(svg));
      return hasViewBox ? [] : [`assets/${svgName} needs a viewBox`];
    });
}
