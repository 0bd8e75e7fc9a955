/** Outreach templates: the public API of `shared/templates`. */
export * from './types';
export { outreachTemplates, templatesFor, findTemplate, isTemplateLocale } from './library';
export {
  renderTemplate,
  fillTemplate,
  type FilledTemplate,
  placeholdersIn,
  placeholdersOf,
  type TemplateValues,
  type TemplateError,
} from './render';
