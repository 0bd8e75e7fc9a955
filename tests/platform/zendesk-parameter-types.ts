// The manifest parameter types Zendesk's app validator accepts, declared once for the platform and
// packaging tests. Source: github.com/zendesk/zendesk_apps_support (commit f3de3c7),
// lib/zendesk_apps_support/manifest/parameter.rb Parameter::TYPES. There is no "password": the
// validator refuses it.
export const zendeskParameterTypes = [
  'text',
  'checkbox',
  'url',
  'number',
  'multiline',
  'hidden',
  'oauth',
  'mtls',
] as const;
