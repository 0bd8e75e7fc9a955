/**
 * The card's view of the HubSpot record it sits on: which contact, who is looking, and the
 * contact's properties. The only module (with the entry and the transport) that touches the SDK.
 */
import type { CrmContext, CrmHostActions } from '@hubspot/ui-extensions';
import { err, ok, type Result } from '../../../../shared/ports';

/** Reading the contact's properties from HubSpot failed. */
export interface CrmReadError {
  code: 'crm-unavailable';
  message: string;
}

/** The record the card is on and the people and places around it, as plain data. */
export interface RecordScope {
  /** The contact's record id, as HubSpot gives it in `context.crm.objectId`. */
  contactId: string;
  portalId: number;
  /** The portal's time zone: the fallback when the contact has none. */
  portalTimeZone: string;
  /** The HubSpot user's locale (for formatting what they read), e.g. en-US. */
  userLocale: string;
}

/** Contact properties through the SDK. */
export interface CrmHost {
  readonly scope: RecordScope;
  /** The current values of the given properties on this contact. */
  readProperties(names: readonly string[]): Promise<Result<Record<string, unknown>, CrmReadError>>;
  /** Calls `onChange` when any of these properties change on the record page (e.g. an edit). */
  watchProperties(names: readonly string[], onChange: () => void): void;
}

/** The SDK actions the card needs (a subset, so tests and other CRM locations can supply them). */
export type CrmActions = Pick<CrmHostActions, 'fetchCrmObjectProperties' | 'onCrmPropertiesUpdate'>;

/** The CRM host for a card opened with this context and these actions. */
export function createCrmHost(context: CrmContext, actions: CrmActions): CrmHost {
  const scope: RecordScope = {
    contactId: String(context.crm.objectId),
    portalId: context.portal.id,
    portalTimeZone: context.portal.timezone,
    userLocale: canonicalLocale(context.user.locale) ?? 'en-US',
  };
  return {
    scope,
    async readProperties(names) {
      try {
        return ok(await actions.fetchCrmObjectProperties([...names]));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return err({
          code: 'crm-unavailable',
          message: `HubSpot did not return the contact's properties: ${reason}`,
        });
      }
    },
    watchProperties(names, onChange) {
      actions.onCrmPropertiesUpdate([...names], (_properties, error) => {
        if (!error) onChange();
      });
    },
  };
}

function canonicalLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale.replace('_', '-'))[0];
  } catch {
    return undefined;
  }
}
