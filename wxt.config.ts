import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The end-to-end suite builds a variant that may reach pages on 127.0.0.1 without a click on the
// toolbar button: headless Chromium cannot click the button that grants `activeTab`. That host
// permission is the only difference; the production build asks for nothing of the kind.
const e2e = process.env.GLEANER_E2E === '1';

export default defineConfig({
  imports: false,
  // Firefox too gets Manifest V3 (WXT would default it to MV2): one manifest, one permission model.
  manifestVersion: 3,
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: read the current page only when the user asks for a clip.
    // storage is not needed (IndexedDB); unlimitedStorage keeps years of notes safe from eviction.
    permissions: ['activeTab', 'scripting', 'unlimitedStorage', 'contextMenus'],
    // arXiv's own metadata, for clipping from a PDF tab (a content script cannot read the viewer).
    host_permissions: [
      'https://arxiv.org/*',
      'https://export.arxiv.org/*',
      ...(e2e ? ['http://127.0.0.1/*', 'http://localhost/*'] : []),
    ],
    // Other sites: asked for only when the user turns on highlight restore for that site.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpenPopup__',
      },
      // Highlights the page's selection (entrypoints/background/annotator.ts); grants activeTab.
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_annotateCommandHighlight__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gleaner@gleaner.dev',
              // 128 is the oldest Firefox still supported (ESR) with MV3 and optional host permissions.
              strict_min_version: '128.0',
              // addons.mozilla.org asks every new extension to declare what it collects: nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
