/**
 * HubSpot's colour for each emphasis the shared view models decide (shared/view/emphasis.ts): the
 * view model says a broken promise is bad, this says bad is HubSpot's danger red.
 */
import type { StatusTagProps, TagProps } from '@hubspot/ui-extensions';
import type { Emphasis } from '../../../../shared/view/emphasis';

/** A StatusTag's variant for each emphasis. */
export const statusTagVariant = {
  good: 'success',
  caution: 'warning',
  bad: 'danger',
  info: 'info',
  muted: 'default',
} as const satisfies Record<Emphasis, StatusTagProps['variant']>;

/** A Tag's variant for each emphasis. */
export const tagVariant = {
  good: 'success',
  caution: 'warning',
  bad: 'error',
  info: 'info',
  muted: 'default',
} as const satisfies Record<Emphasis, TagProps['variant']>;
