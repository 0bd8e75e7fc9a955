/**
 * The one list of HubSpot OAuth scopes Tactful asks for. `npm run build` writes it into the app's
 * `app-hsmeta.json` (`config.auth.requiredScopes` / `optionalScopes`), the backend's install link
 * (`apps/hubspot/server/oauth.ts`) is built from it, and tests/packaging/hubspot.test.ts fails when
 * the source manifest, the built one or the install link differ from it. HubSpot refuses an install
 * whose link's `scope` lacks a required scope of the app's configuration
 * (https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/scopes).
 *
 * Every scope names the production code that needs it; the operation→scope facts come from
 * HubSpot's OpenAPI specs (github.com/HubSpot/HubSpot-public-api-spec-collection, PublicApiSpecs/…),
 * where a `security` list means any one of the scopes listed will do.
 */

/** Why the app holds a scope, and which of our calls needs it. */
export interface ScopeUse {
  readonly scope: string;
  /** `required`: every install grants it; `optional`: the portal may not have the feature. */
  readonly kind: 'required' | 'optional';
  /** The HubSpot call(s) that need it, as our code makes them. */
  readonly calls: readonly string[];
  /** A file under the repository root that makes those calls (a packaging test checks it does). */
  readonly usedIn: string;
  /** Text that file must contain for the use to still be there. */
  readonly evidence: string;
}

export const scopeUses: readonly ScopeUse[] = [
  {
    // HubSpot's own templates put it first in every app's required scopes
    // (HubSpot/hubspot-project-components 2025.2/components/app/oauth-marketplace/src/app/app-hsmeta.json).
    scope: 'oauth',
    kind: 'required',
    calls: ['GET /oauth/v1/access-tokens/{token}', 'POST /oauth/v1/token'],
    usedIn: 'apps/hubspot/server/oauth.ts',
    evidence: '/oauth/v1/access-tokens/',
  },
  {
    // CRM/Contacts v3 GET /crm/v3/objects/contacts/{id}; Notes, Tasks, Calls, Meetings batch/read;
    // Associations v4 GET …/associations/{toObjectType}.
    scope: 'crm.objects.contacts.read',
    kind: 'required',
    calls: [
      'GET /crm/v3/objects/contacts/{contactId}',
      'GET /crm/v4/objects/contacts/{contactId}/associations/{type}',
      'POST /crm/v3/objects/{calls,notes,meetings,tasks}/batch/read',
    ],
    usedIn: 'apps/hubspot/server/hubspot/contactCollections.ts',
    evidence: '/crm/v3/objects/contacts/',
  },
  {
    // CRM/Contacts v3 PATCH; Notes v3 POST; Tasks v3 batch/create.
    scope: 'crm.objects.contacts.write',
    kind: 'required',
    calls: [
      'PATCH /crm/v3/objects/contacts/{contactId}',
      'POST /crm/v3/objects/notes',
      'POST /crm/v3/objects/tasks/batch/create',
    ],
    usedIn: 'apps/hubspot/server/hubspot/contactWrites.ts',
    evidence: '/crm/v3/objects/tasks/batch/create',
  },
  {
    // CRM/Properties v3: POST /crm/v3/properties/{objectType}/groups and …/batch/create. (Reading a
    // property group takes crm.objects.contacts.read as well, so crm.schemas.contacts.read is not asked for.)
    scope: 'crm.schemas.contacts.write',
    kind: 'required',
    calls: [
      'POST /crm/v3/properties/contacts/groups',
      'POST /crm/v3/properties/contacts/batch/create',
    ],
    usedIn: 'apps/hubspot/server/hubspot/collectionsProperties.ts',
    evidence: '/crm/v3/properties/contacts/batch/create',
  },
  {
    // Without it HubSpot redacts the content of email engagements
    // (https://developers.hubspot.com/changelog/announcement-new-scope-required-to-get-the-content-of-email-engagements);
    // the history shows an email's subject and text.
    scope: 'sales-email-read',
    kind: 'required',
    calls: ['POST /crm/v3/objects/emails/batch/read'],
    usedIn: 'apps/hubspot/server/hubspot/engagements.ts',
    evidence: 'hs_email_text',
  },
  {
    // Settings/User Provisioning v3: GET /settings/v3/users/{userId} takes crm.objects.users.read or
    // settings.users.read; its reply's `superAdmin` decides who may save settings.
    scope: 'settings.users.read',
    kind: 'required',
    calls: ['GET /settings/v3/users/{userId}'],
    usedIn: 'apps/hubspot/server/http/appManagers.ts',
    evidence: '/settings/v3/users/',
  },
  {
    // CRM/Invoices v3 POST /crm/v3/objects/invoices/batch/read. Optional: a portal without HubSpot
    // invoices still installs, and the card then shows none.
    scope: 'crm.objects.invoices.read',
    kind: 'optional',
    calls: ['POST /crm/v3/objects/invoices/batch/read'],
    usedIn: 'apps/hubspot/server/hubspot/contactCollections.ts',
    evidence: '/crm/v3/objects/invoices/batch/read',
  },
];

/** Scopes every install must grant: `requiredScopes` in app-hsmeta.json and `scope` in the install link. */
export const requiredScopes: readonly string[] = scopeUses
  .filter((use) => use.kind === 'required')
  .map((use) => use.scope);

/** Scopes an install may grant: `optionalScopes` in app-hsmeta.json and `optional_scope` in the link. */
export const optionalScopes: readonly string[] = scopeUses
  .filter((use) => use.kind === 'optional')
  .map((use) => use.scope);

/** Tactful uses no conditionally required scopes (one install link for every portal). */
export const conditionallyRequiredScopes: readonly string[] = [];
